import { getTranslations } from "next-intl/server";
import { partnerLogoutAction } from "./actions";
import { NoticeCount } from "@/components/notices/notices-panel";
import { Link } from "@/i18n/navigation";
import type { AppLocale } from "@/i18n/routing";
import { getPartnerUnreadNotices } from "@/lib/partner/api";
import type { PartnerView } from "@/lib/partner/types";
import styles from "./partner.module.css";

const SECTIONS = [
  { key: "dashboard", href: "/partner" },
  { key: "orders", href: "/partner/orders" },
  { key: "shelves", href: "/partner/shelves" },
  { key: "guests", href: "/partner/guests" },
  { key: "notices", href: "/partner/notices" },
] as const;

/** The portal's heading: who is logged in, the referral code, the sections, logging out. */
export async function PartnerHeader({ partner, locale, current }: { partner: PartnerView; locale: AppLocale; current: (typeof SECTIONS)[number]["key"] }) {
  const t = await getTranslations({ locale, namespace: "PartnerPortal" });
  const tn = await getTranslations({ locale, namespace: "Notices" });
  const unread = await getPartnerUnreadNotices();
  return (
    <header className={styles.head}>
      <div className={styles.headRow}>
        <div>
          <p className={styles.kicker}>{t("title")}</p>
          <p className={styles.partnerName}>{partner.displayName}</p>
        </div>
        <PartnerLogout locale={locale} label={t("logOut")} />
      </div>
      <nav aria-label={t("nav.label")} className={styles.nav}>
        {SECTIONS.map((s) => (
          <Link key={s.key} href={s.href} className={styles.navLink} aria-current={s.key === current ? "page" : undefined}>
            {s.key === "notices" ? tn("title") : t(`nav.${s.key}`)}
            {s.key === "notices" && <NoticeCount locale={locale} unread={unread} />}
          </Link>
        ))}
      </nav>
    </header>
  );
}

export function PartnerLogout({ locale, label }: { locale: AppLocale; label: string }) {
  return (
    <form action={partnerLogoutAction}>
      <input type="hidden" name="locale" value={locale} />
      <button type="submit" className="button button--quiet button--small">
        {label}
      </button>
    </form>
  );
}

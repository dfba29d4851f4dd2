import type { AppLocale } from "@/i18n/routing";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { logoutAction } from "./actions";
import { NoticeCount } from "@/components/notices/notices-panel";
import { Link } from "@/i18n/navigation";
import { getUnreadNotices } from "@/lib/producer-portal/data";
import type { PortalMe } from "@/lib/producer-portal/types";

export type PortalSection = "dashboard" | "products" | "stock" | "orders" | "returns" | "statements" | "notices" | "profile";

const SECTIONS: Array<{ key: PortalSection; href: string }> = [
  { key: "dashboard", href: "/producer" },
  { key: "products", href: "/producer/products" },
  { key: "stock", href: "/producer/stock" },
  { key: "orders", href: "/producer/orders" },
  { key: "returns", href: "/producer/returns" },
  { key: "statements", href: "/producer/statements" },
  { key: "notices", href: "/producer/notices" },
  { key: "profile", href: "/producer/profile" },
];

/** The frame of every signed-in portal page: who is signed in, the producer's status, the sections. */
export async function PortalShell({ me, current, locale, title, children }: { me: PortalMe; current: PortalSection; locale: AppLocale; title: string; children: ReactNode }) {
  const t = await getTranslations({ locale, namespace: "ProducerPortal" });
  const { producer, member } = me;
  const unread = await getUnreadNotices();
  const tn = await getTranslations({ locale, namespace: "Notices" });
  return (
    <div className="pp">
      <header className="pp-bar">
        <div className="container pp-bar__inner">
          <div className="pp-bar__who">
            <p className="pp-bar__label">{t("title")}</p>
            <p className="pp-bar__name">{producer.display_name || producer.legal_name}</p>
            <p className="pp-bar__member">
              {member.name} · {t(`roles.${member.role}`)}
            </p>
          </div>
          <div className="pp-bar__tools">
            <Link href="/producer/notices" className="pp-bell" data-unread={unread} aria-label={tn("bell", { count: unread })}>
              <span aria-hidden="true">🔔</span>
              <NoticeCount locale={locale} unread={unread} />
            </Link>
            <span className={`pp-status pp-status--${producer.status}`}>{t(`status.${producer.status}`)}</span>
            <form action={logoutAction}>
              <input type="hidden" name="locale" value={locale} />
              <button type="submit" className="button button--quiet button--small">
                {t("logOut")}
              </button>
            </form>
          </div>
        </div>
        <nav className="pp-nav" aria-label={t("navLabel")}>
          <ul className="container pp-nav__list">
            {SECTIONS.map((s) => (
              <li key={s.key}>
                <Link href={s.href} className="pp-nav__link" aria-current={s.key === current ? "page" : undefined}>
                  {t(`nav.${s.key}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <div className="container section pp-main">
        {producer.status !== "active" && (
          <p className="notice notice--warning pp-main__status">
            {t(`statusNote.${producer.status}`)}
            {producer.status_reason ? ` ${t("reason", { reason: producer.status_reason })}` : ""}
          </p>
        )}
        <h1 className="pp-main__title">{title}</h1>
        {children}
      </div>
    </div>
  );
}

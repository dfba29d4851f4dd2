import type { AppLocale } from "@/i18n/routing";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { logoutAction } from "./actions";
import { PortalNav } from "./portal-nav";
import { NoticeCount } from "@/components/notices/notices-panel";
import { Link } from "@/i18n/navigation";
import { getUnreadNotices } from "@/lib/producer-portal/data";
import { PORTAL_SECTIONS } from "@/lib/producer-portal/sections";
import type { PortalMe } from "@/lib/producer-portal/types";

/**
 * The frame of every signed-in portal page, drawn once by their layout (app/[locale]/producer/(portal)):
 * who is signed in, the producer's status, the sections. Each page puts its own PortalTitle first.
 */
export async function PortalShell({ me, locale, children }: { me: PortalMe; locale: AppLocale; children: ReactNode }) {
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
          <PortalNav sections={PORTAL_SECTIONS.map((s) => ({ href: s.href, label: t(`nav.${s.key}`) }))} />
        </nav>
      </header>
      <div className="container section pp-main">
        {producer.status !== "active" && (
          <p className="notice notice--warning pp-main__status">
            {t(`statusNote.${producer.status}`)}
            {producer.status_reason ? ` ${t("reason", { reason: producer.status_reason })}` : ""}
          </p>
        )}
        {children}
      </div>
    </div>
  );
}

/** A portal page's heading, the first thing in the shell's main column (after the status warning). */
export function PortalTitle({ children }: { children: ReactNode }) {
  return <h1 className="pp-main__title">{children}</h1>;
}

import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NoticesPanel } from "@/components/notices/notices-panel";
import { PortalShell } from "@/components/producer-portal/portal-shell";
import { pageLocale } from "@/i18n/locale";
import { getNoticePreferences, getNotices, requireMe } from "@/lib/producer-portal/data";
import { markNoticesReadAction, saveNoticePreferencesAction } from "@/components/producer-portal/notice-actions";

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ saved?: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Notices" });
  return { title: t("title") };
}

/** The member's notices (new orders, certificates, returns, payouts) and its e-mail settings. */
export default async function ProducerNoticesPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const me = await requireMe(locale);
  const t = await getTranslations({ locale, namespace: "Notices" });
  const [list, preferences] = await Promise.all([getNotices(), getNoticePreferences()]);
  const { saved } = await searchParams;
  return (
    <PortalShell me={me} current="notices" locale={locale} title={t("title")}>
      <div className="panel pp-panel">
        <NoticesPanel
          locale={locale}
          list={list}
          preferences={preferences}
          saved={!!saved}
          markRead={markNoticesReadAction}
          savePreferences={saveNoticePreferencesAction}
        />
      </div>
    </PortalShell>
  );
}

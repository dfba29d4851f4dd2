import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NoticesPanel } from "@/components/notices/notices-panel";
import { PortalTitle } from "@/components/producer-portal/portal-shell";
import { pageLocale } from "@/i18n/locale";
import { getNoticePreferences, getNotices, pageRead } from "@/lib/producer-portal/data";
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
  const t = await getTranslations({ locale, namespace: "Notices" });
  const [list, preferences] = await pageRead(locale, () => Promise.all([getNotices(), getNoticePreferences()]));
  const { saved } = await searchParams;
  return (
    <>
      <PortalTitle>{t("title")}</PortalTitle>
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
    </>
  );
}

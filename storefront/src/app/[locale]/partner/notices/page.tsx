import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BackendUnavailablePage } from "@/components/feedback/backend-notice";
import { NoticesPanel } from "@/components/notices/notices-panel";
import { PartnerHeader } from "@/components/partner/partner-nav";
import styles from "@/components/partner/partner.module.css";
import { pageLocale } from "@/i18n/locale";
import { getPartnerNoticePreferences, getPartnerNotices } from "@/lib/partner/api";
import { activePartner } from "@/lib/partner/gate";
import { markPartnerNoticesReadAction, savePartnerNoticePreferencesAction } from "@/components/partner/notice-actions";

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ saved?: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Notices" });
  return { title: t("title"), robots: { index: false } };
}

/** The partner member's notices (orders through its link, commissions, payouts) and its e-mail settings. */
export default async function PartnerNoticesPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Notices" });
  const partner = await activePartner(locale);
  if (!partner) return <BackendUnavailablePage title={t("title")} />;
  const [list, preferences] = await Promise.all([getPartnerNotices(), getPartnerNoticePreferences()]);
  if (!list.ok || !preferences.ok) return <BackendUnavailablePage title={t("title")} />;
  const { saved } = await searchParams;
  return (
    <div className={`container ${styles.page}`}>
      <PartnerHeader partner={partner} locale={locale} current="notices" />
      <h1>{t("title")}</h1>
      <NoticesPanel
        locale={locale}
        list={list.data}
        preferences={preferences.data}
        saved={!!saved}
        markRead={markPartnerNoticesReadAction}
        savePreferences={savePartnerNoticePreferencesAction}
      />
    </div>
  );
}

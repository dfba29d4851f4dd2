import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { BackendNotice, BackendUnavailablePage } from "@/components/feedback/backend-notice";
import { GuestDeliveryForm } from "@/components/partner/guest-delivery-form";
import { PartnerHeader } from "@/components/partner/partner-nav";
import styles from "@/components/partner/partner.module.css";
import { localeAlternates } from "@/i18n/alternates";
import { pageLocale } from "@/i18n/locale";
import { placeChoices } from "@/lib/address-places";
import { getGuestDelivery, listGuestDeliveries } from "@/lib/partner/api";
import { activePartner } from "@/lib/partner/gate";

interface GuestsPageProps {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: GuestsPageProps): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "PartnerPortal.guests" });
  return { title: t("title"), alternates: localeAlternates("/partner/guests", locale), robots: { index: false } };
}

/**
 * Deliveries for the partner's guests (issue #13): whether it accepts them and at which address,
 * and the orders addressed to it (number, guest, room or booking, parcels, where they are).
 */
export default async function PartnerGuestsPage({ params }: GuestsPageProps) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "PartnerPortal.guests" });
  const partner = await activePartner(locale);
  if (!partner) return <BackendUnavailablePage title={t("title")} />;
  const [setting, deliveries] = await Promise.all([getGuestDelivery(), listGuestDeliveries(100, 0)]);
  const format = await getFormatter({ locale });
  const current = setting.ok ? setting.data : null;

  return (
    <div className={`container ${styles.page}`}>
      <PartnerHeader partner={partner} locale={locale} current="guests" />
      <h1>{t("title")}</h1>
      <p className={styles.muted}>{t("intro")}</p>

      <section aria-labelledby="guest-setting-title">
        <h2 id="guest-setting-title">{t("settingTitle")}</h2>
        {!setting.ok ? (
          <BackendNotice />
        ) : (
          <>
            <p id="guest-setting-now">{current ? t("acceptingAt", { street: current.street, place: current.place }) : t("notAccepting")}</p>
            <GuestDeliveryForm
              initial={{
                accepts: !!current,
                street: current?.street ?? "",
                provinceCode: current?.provinceCode ?? "",
                communeCode: current?.communeCode ?? "",
              }}
              places={placeChoices(current?.provinceCode)}
            />
          </>
        )}
      </section>

      <section aria-labelledby="guest-deliveries-title">
        <h2 id="guest-deliveries-title">{t("deliveriesTitle")}</h2>
        {!deliveries.ok ? (
          <BackendNotice />
        ) : deliveries.data.deliveries.length === 0 ? (
          <p>{t("noDeliveries")}</p>
        ) : (
          <div className={styles.tableWrap}>
            <table className={styles.table}>
              <thead>
                <tr>
                  <th scope="col">{t("order")}</th>
                  <th scope="col">{t("date")}</th>
                  <th scope="col">{t("guest")}</th>
                  <th scope="col">{t("room")}</th>
                  <th scope="col">{t("parcels")}</th>
                  <th scope="col">{t("status")}</th>
                </tr>
              </thead>
              <tbody>
                {deliveries.data.deliveries.map((d) => (
                  <tr key={d.orderId} data-order-id={d.orderId}>
                    <th scope="row">{t("orderNumber", { number: d.displayId ?? d.orderId })}</th>
                    <td>{d.createdAt ? format.dateTime(new Date(d.createdAt), { dateStyle: "medium" }) : "—"}</td>
                    <td>{d.guestName}</td>
                    <td>{d.room}</td>
                    <td>
                      {t("parcelCount", { count: d.parcels.length })}
                      {d.parcels.some((p) => p.producerName) && (
                        <span className={styles.muted}> ({d.parcels.map((p) => p.producerName).filter(Boolean).join(", ")})</span>
                      )}
                    </td>
                    <td>{t(`statuses.${d.status}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}

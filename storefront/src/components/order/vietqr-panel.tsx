import { useLocale, useTranslations } from "next-intl";
import { formatMoney } from "@/lib/money";
import type { VietQrView } from "@/lib/types";

/** The VietQR code of an order, with the transfer details for those who type them by hand. */
export function VietQrPanel({ qr }: { qr: VietQrView }) {
  const t = useTranslations("Order.vietqr");
  const locale = useLocale();
  const amount = qr.amount !== null ? formatMoney({ amount: qr.amount, currencyCode: "vnd" }, locale) : null;

  if (qr.status === "paid") {
    return (
      <section className="vietqr vietqr--paid" aria-labelledby="vietqr-title">
        <h2 id="vietqr-title">{t("title")}</h2>
        <p className="notice notice--success">{t("paid")}</p>
      </section>
    );
  }
  if (qr.status === "canceled") {
    return (
      <section className="vietqr" aria-labelledby="vietqr-title">
        <h2 id="vietqr-title">{t("title")}</h2>
        <p className="notice notice--warning">{t("canceled")}</p>
      </section>
    );
  }
  return (
    <section className="vietqr" aria-labelledby="vietqr-title">
      <h2 id="vietqr-title">{t("title")}</h2>
      <p>{t("instructions")}</p>
      <div className="vietqr__layout">
        {qr.png && (
          // A data URL from the backend: next/image has nothing to optimise.
          <img className="vietqr__code" src={qr.png} alt={t("qrAlt", { amount: amount ?? "" })} width={240} height={240} />
        )}
        <dl className="vietqr__facts">
          {qr.bankName && (
            <div>
              <dt>{t("bank")}</dt>
              <dd>{qr.bankName}</dd>
            </div>
          )}
          {qr.accountNumber && (
            <div>
              <dt>{t("accountNumber")}</dt>
              <dd className="vietqr__mono">{qr.accountNumber}</dd>
            </div>
          )}
          {qr.accountName && (
            <div>
              <dt>{t("accountName")}</dt>
              <dd>{qr.accountName}</dd>
            </div>
          )}
          {amount && (
            <div>
              <dt>{t("amount")}</dt>
              <dd className="price">{amount}</dd>
            </div>
          )}
          {qr.reference && (
            <div>
              <dt>{t("reference")}</dt>
              <dd className="vietqr__mono vietqr__reference">{qr.reference}</dd>
            </div>
          )}
          {qr.payBefore && (
            <div>
              <dt>{t("payBefore")}</dt>
              <dd>
                {new Intl.DateTimeFormat(locale === "vi" ? "vi-VN" : "en-GB", {
                  dateStyle: "medium",
                  timeStyle: "short",
                  timeZone: "Asia/Ho_Chi_Minh",
                }).format(new Date(qr.payBefore))}
              </dd>
            </div>
          )}
        </dl>
      </div>
      <p className="vietqr__note">{t("referenceNote")}</p>
    </section>
  );
}

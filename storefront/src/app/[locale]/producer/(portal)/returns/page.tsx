import type { Metadata } from "next";
import { formatVnd } from "@ocop/core";
import { getTranslations } from "next-intl/server";
import { ReturnDecision } from "@/components/producer-portal/return-decision";
import { PortalTitle } from "@/components/producer-portal/portal-shell";
import { pageLocale } from "@/i18n/locale";
import { listReturns, pageRead } from "@/lib/producer-portal/data";

interface Props {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "ProducerPortal" });
  return { title: t("nav.returns") };
}

/** Buyers' return requests of the producer's goods: accept, or refuse with a reason. */
export default async function ProducerReturnsPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Returns" });
  const tn = await getTranslations({ locale, namespace: "ProducerPortal" });
  const { returns } = await pageRead(locale, () => listReturns());
  return (
    <>
      <PortalTitle>{tn("nav.returns")}</PortalTitle>
      {returns.length === 0 ? (
        <p className="pp-hint">{t("producer.none")}</p>
      ) : (
        <ul className="pp-list">
          {returns.map((r) => (
            <li key={r.id} className="panel pp-panel" data-return-id={r.id} data-return-status={r.status}>
              <p>
                <strong>{t(`status.${r.status}`)}</strong> · {t("producer.order", { id: r.order_id })} · {t("amount")}: {formatVnd(r.amount, locale)}
              </p>
              <p>{t("producer.items", { count: r.items.reduce((s, i) => s + i.quantity, 0) })}</p>
              <p>{t("producer.buyerSays", { reason: r.reason })}</p>
              {r.photos.length > 0 && (
                <ul className="buyer-review__photos return-photos">
                  {r.photos.map((url, i) => (
                    <li key={url}>
                      <a href={url} target="_blank" rel="noreferrer noopener">
                        {/* The buyer's photo, served by the backend's file store: a plain img, as next/image would need that host in its optimiser list. */}
                        {/* eslint-disable-next-line @next/next/no-img-element */}
                        <img src={url} alt={t("producer.photo", { n: i + 1 })} width={96} height={96} />
                      </a>
                    </li>
                  ))}
                </ul>
              )}
              {r.refusal_reason && <p>{t("refusedBecause", { reason: r.refusal_reason })}</p>}
              {r.status === "requested" && <ReturnDecision returnId={r.id} />}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

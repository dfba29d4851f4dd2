import { formatVnd } from "@ocop/core";
import { getFormatter, getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import type { PortalLedgerMonth, PortalPayouts } from "@/lib/producer-portal/types";

// The ledger as both portals show it (producer statements, partner dashboard): the month's
// entries with where their money stands, and the payouts received. Whole đồng from the backend.

/** Each portal's own table and empty-text classes (the producer portal's are the default). */
type Look = { tableClass?: string; emptyClass?: string };

const KINDS = ["sale", "commission", "tax_vat", "tax_pit", "partner_commission", "payment", "refund", "payout"] as const;

export async function LedgerLines({ lines, locale, tableClass = "pp-table", emptyClass = "pp-empty" }: { lines: PortalLedgerMonth["lines"]; locale: AppLocale } & Look) {
  const t = await getTranslations({ locale, namespace: "Returns.ledger" });
  const format = await getFormatter({ locale });
  if (lines.length === 0) return <p className={emptyClass}>{t("none")}</p>;
  const kind = (k: string) => ((KINDS as readonly string[]).includes(k) ? t(`kind.${k as (typeof KINDS)[number]}`) : k);
  return (
    <table className={tableClass} data-ledger-lines>
      <thead>
        <tr>
          <th scope="col">{t("date")}</th>
          <th scope="col">{t("entry")}</th>
          <th scope="col">{t("amount")}</th>
          <th scope="col">{t("status")}</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((l) => (
          <tr key={l.id} data-kind={l.kind}>
            <td>{format.dateTime(new Date(l.occurred_at), { dateStyle: "short" })}</td>
            <td>
              <span className="pp-table__title">{kind(l.kind)}</span>
              {(l.display_id || l.title) && (
                <span className="pp-table__sub">{[l.display_id ? t("order", { number: l.display_id }) : null, l.title].filter(Boolean).join(" · ")}</span>
              )}
            </td>
            <td className="pp-table__num">{formatVnd(l.amount, locale)}</td>
            <td>{t(`state.${l.status}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export async function PayoutsReceived({ payouts, locale, tableClass = "pp-table", emptyClass = "pp-empty" }: { payouts: PortalPayouts["payouts"]; locale: AppLocale } & Look) {
  const t = await getTranslations({ locale, namespace: "Returns.ledger.payouts" });
  const format = await getFormatter({ locale });
  if (payouts.length === 0) return <p className={emptyClass}>{t("none")}</p>;
  return (
    <table className={tableClass} data-payouts>
      <thead>
        <tr>
          <th scope="col">{t("date")}</th>
          <th scope="col">{t("period")}</th>
          <th scope="col">{t("amount")}</th>
          <th scope="col">{t("reference")}</th>
        </tr>
      </thead>
      <tbody>
        {payouts.map((p) => (
          <tr key={p.batch_id} data-payout={p.period}>
            <td>{p.paid_at ? format.dateTime(new Date(p.paid_at), { dateStyle: "short" }) : ""}</td>
            <td>{p.period}</td>
            <td className="pp-table__num">{formatVnd(p.amount, locale)}</td>
            <td>{p.bank_reference ?? ""}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

import type { Metadata } from "next";
import { formatVnd } from "@ocop/core";
import { getFormatter, getTranslations } from "next-intl/server";
import { LedgerLines, PayoutsReceived } from "@/components/ledger/ledger-tables";
import { PortalTitle } from "@/components/producer-portal/portal-shell";
import { pageLocale } from "@/i18n/locale";
import { getBalance, getLedgerMonth, getPayouts, pageRead } from "@/lib/producer-portal/data";

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ month?: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "ProducerPortal" });
  return { title: t("nav.statements") };
}

/** The last 12 months, newest first, in Vietnam's time. */
function recentMonths(now = new Date()): string[] {
  const vn = new Date(now.getTime() + 7 * 3600_000);
  return Array.from({ length: 12 }, (_, i) => {
    const d = new Date(Date.UTC(vn.getUTCFullYear(), vn.getUTCMonth() - i, 1));
    return d.toISOString().slice(0, 7);
  });
}

export default async function ProducerStatementsPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "ProducerPortal" });
  const format = await getFormatter({ locale });
  const months = recentMonths();
  const { month: asked } = await searchParams;
  const month = asked && months.includes(asked) ? asked : months[0]!;
  const [balance, ledger, { payouts }] = await pageRead(locale, () => Promise.all([getBalance(), getLedgerMonth(month), getPayouts()]));
  const tl = await getTranslations({ locale, namespace: "Returns.ledger" });
  const tb = await getTranslations({ locale, namespace: "ProducerPortal.balance" });
  const tp = await getTranslations({ locale, namespace: "Returns.ledger.payouts" });
  const monthName = (m: string) => format.dateTime(new Date(`${m}-15T00:00:00Z`), { month: "long", year: "numeric" });
  const vnd = (n: number) => formatVnd(n, locale);

  return (
    <>
      <PortalTitle>{t("statements.title")}</PortalTitle>
      <section className="panel pp-panel" aria-labelledby="pp-balance">
        <h2 id="pp-balance">{tb("title")}</h2>
        <ul className="pp-stats pp-stats--money">
          {(["pending", "payable", "paid", "withheld"] as const).map((kind) => (
            <li key={kind} className={kind === "payable" ? "pp-stat pp-stat--net" : "pp-stat"}>
              <span className="pp-stat__label">{tb(kind)}</span>
              <span className="pp-stat__value" data-balance={kind}>
                {vnd(balance[kind])}
              </span>
            </li>
          ))}
        </ul>
        <p className="pp-hint">{tb("pendingHint")}</p>
      </section>
      <form className="pp-toolbar">
        <label htmlFor="pp-month">{t("statements.month")}</label>
        <select id="pp-month" name="month" defaultValue={month}>
          {months.map((m) => (
            <option key={m} value={m}>
              {monthName(m)}
            </option>
          ))}
        </select>
        <button type="submit" className="button button--quiet button--small">
          {t("statements.show")}
        </button>
        <a href={`/${locale}/producer/statements/csv?month=${month}`} className="button button--small" download>
          {t("statements.csv")}
        </a>
      </form>
      <section className="panel pp-panel" aria-labelledby="pp-ledger">
        <h2 id="pp-ledger">{tl("title", { month: monthName(month) })}</h2>
        <ul className="pp-stats pp-stats--money">
          {(["pending", "payable", "paid"] as const).map((kind) => (
            <li key={kind} className="pp-stat">
              <span className="pp-stat__label">{tb(kind)}</span>
              <span className="pp-stat__value" data-ledger-month={kind}>
                {vnd(ledger.totals[kind])}
              </span>
            </li>
          ))}
        </ul>
        <p className="pp-hint">{tl("lines", { count: ledger.lines.length })}</p>
        <LedgerLines lines={ledger.lines} locale={locale} />
        <a href={`/${locale}/producer/statements/tax-csv?year=${month.slice(0, 4)}`} className="button button--small" download>
          {tl("taxCsv", { year: month.slice(0, 4) })}
        </a>
      </section>
      <section className="panel pp-panel" aria-labelledby="pp-payouts">
        <h2 id="pp-payouts">{tp("title")}</h2>
        <PayoutsReceived payouts={payouts} locale={locale} />
      </section>
    </>
  );
}

import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { BackendNotice, BackendUnavailablePage } from "@/components/feedback/backend-notice";
import { LedgerLines, PayoutsReceived } from "@/components/ledger/ledger-tables";
import { ApplicationForm } from "@/components/partner/application-form";
import { PartnerLoginForm } from "@/components/partner/login-form";
import { PartnerHeader, PartnerLogout } from "@/components/partner/partner-nav";
import { OrdersTable } from "@/components/partner/orders-table";
import { StatsChart } from "@/components/partner/stats-chart";
import styles from "@/components/partner/partner.module.css";
import { localeAlternates } from "@/i18n/alternates";
import { pageLocale } from "@/i18n/locale";
import { Link } from "@/i18n/navigation";
import type { AppLocale } from "@/i18n/routing";
import { formatMoney } from "@/lib/money";
import { getPartnerBalance, getPartnerLedgerMonth, getPartnerPayouts, getPartnerStats, getPortalVisitor, listPartnerOrders } from "@/lib/partner/api";
import { monthLabel } from "@/lib/partner/gate";
import { vnMonth } from "@/lib/partner/map";
import type { PartnerView } from "@/lib/partner/types";

interface PortalPageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ month?: string }>;
}

export async function generateMetadata({ params }: PortalPageProps): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "PartnerPortal" });
  return { title: t("title"), alternates: localeAlternates("/partner", locale), robots: { index: false } };
}

const STATS_MONTHS = 6;
const RECENT_ORDERS = 5;

export default async function PartnerPortalPage({ params, searchParams }: PortalPageProps) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "PartnerPortal" });
  const tReset = await getTranslations({ locale, namespace: "PasswordReset" });
  const visitor = await getPortalVisitor();
  if (!visitor.ok) return <BackendUnavailablePage title={t("title")} />;

  if (visitor.data.kind !== "partner") {
    const applicant = visitor.data.kind === "applicant";
    return (
      <div className={`container ${styles.page}`}>
        <h1>{t("title")}</h1>
        <p className="section__intro">{t("intro")}</p>
        <div className={styles.twoColumns}>
          {!applicant && (
            <section className="panel" aria-labelledby="partner-login-title">
              <h2 id="partner-login-title">{t("loginTitle")}</h2>
              <PartnerLoginForm />
              <p>
                <Link href="/partner/reset-password">{tReset("forgot")}</Link>
              </p>
            </section>
          )}
          <section className="panel" aria-labelledby="partner-apply-title">
            <h2 id="partner-apply-title">{t("applyTitle")}</h2>
            <p className="panel__intro">{applicant ? t("applyOnlyIntro") : t("applyIntro")}</p>
            <ApplicationForm withPassword={!applicant} />
          </section>
        </div>
      </div>
    );
  }

  const partner = visitor.data.partner;
  if (partner.status !== "active") {
    return (
      <div className={`container ${styles.page}`}>
        <h1>{t("title")}</h1>
        <section className="panel" aria-labelledby="partner-status-title">
          <h2 id="partner-status-title">{t(`status.${partner.status}`)}</h2>
          <p>{partner.displayName}</p>
          <p>{t(`statusText.${partner.status}`)}</p>
          <PartnerLogout locale={locale} label={t("logOut")} />
        </section>
      </div>
    );
  }
  return <Dashboard partner={partner} locale={locale} month={(await searchParams).month} />;
}

async function Dashboard({ partner, locale, month: asked }: { partner: PartnerView; locale: AppLocale; month?: string }) {
  const t = await getTranslations({ locale, namespace: "PartnerPortal" });
  const format = await getFormatter({ locale });
  const now = new Date();
  const months = Array.from({ length: 12 }, (_, i) => vnMonth(now, i));
  const month = asked && months.includes(asked) ? asked : months[0]!;
  const [stats, orders, balance, ledger, payouts] = await Promise.all([
    getPartnerStats(vnMonth(now, STATS_MONTHS - 1), vnMonth(now)),
    listPartnerOrders(RECENT_ORDERS, 0),
    getPartnerBalance(),
    getPartnerLedgerMonth(month),
    getPartnerPayouts(),
  ]);
  const tl = await getTranslations({ locale, namespace: "Returns.ledger" });
  const money = (amount: number) => formatMoney({ amount, currencyCode: stats.ok ? stats.data.currencyCode : "vnd" }, locale);
  const label = (month: string) => monthLabel(month, locale);
  const names = { clicks: t("totals.clicks"), orders: t("totals.orders"), revenue: t("totals.revenue"), commission: t("totals.commission") };

  return (
    <div className={`container ${styles.page}`}>
      <PartnerHeader partner={partner} locale={locale} current="dashboard" />
      <h1 className="visually-hidden">{t("title")}</h1>
      <section className="panel" aria-labelledby="partner-code-title">
        <dl className={styles.facts}>
          <div>
            <dt id="partner-code-title">{t("referralCode")}</dt>
            <dd>
              <span className={styles.code} data-testid="referral-code">
                {partner.referralCode}
              </span>
            </dd>
          </div>
          {partner.commissionRate !== null && (
            <div>
              <dt>{t("commissionRate")}</dt>
              <dd>{format.number(partner.commissionRate, { style: "percent", maximumFractionDigits: 1 })}</dd>
            </div>
          )}
        </dl>
        {partner.referralCode && <p className={styles.muted}>{t("codeHint", { code: partner.referralCode })}</p>}
      </section>

      <section className="panel" aria-labelledby="partner-balance-title">
        <h2 id="partner-balance-title">{t("balance.title")}</h2>
        {!balance.ok ? (
          <BackendNotice />
        ) : (
          <dl className={styles.totals}>
            {(["pending", "payable", "paid"] as const).map((kind) => (
              <div key={kind} className={styles.total} data-balance={kind}>
                <dt>{t(`balance.${kind}`)}</dt>
                <dd>{formatMoney({ amount: balance.data[kind], currencyCode: "vnd" }, locale)}</dd>
              </div>
            ))}
          </dl>
        )}
        <p className={styles.muted}>{t("balance.hint")}</p>
      </section>

      <section className="panel" aria-labelledby="partner-ledger-title" data-partner-ledger={month}>
        <h2 id="partner-ledger-title">{tl("title", { month: label(month) })}</h2>
        <form>
          <label htmlFor="partner-month">{t("ledgerMonth")}</label>{" "}
          <select id="partner-month" name="month" defaultValue={month}>
            {months.map((m) => (
              <option key={m} value={m}>
                {label(m)}
              </option>
            ))}
          </select>{" "}
          <button type="submit" className="button button--quiet button--small">
            {t("ledgerShow")}
          </button>
        </form>
        {!ledger.ok ? (
          <BackendNotice />
        ) : (
          <div className={styles.tableWrap}>
            <LedgerLines lines={ledger.data.lines} locale={locale} tableClass={styles.table} emptyClass={styles.muted} />
          </div>
        )}
      </section>

      <section className="panel" aria-labelledby="partner-payouts-title">
        <h2 id="partner-payouts-title">{tl("payouts.title")}</h2>
        {!payouts.ok ? (
          <BackendNotice />
        ) : (
          <div className={styles.tableWrap}>
            <PayoutsReceived payouts={payouts.data.payouts} locale={locale} tableClass={styles.table} emptyClass={styles.muted} />
          </div>
        )}
      </section>

      <section aria-labelledby="partner-stats-title" className={styles.page} style={{ paddingBlock: 0 }}>
        <h2 id="partner-stats-title">{t("statsTitle")}</h2>
        {!stats.ok ? (
          <BackendNotice />
        ) : (
          <>
            <dl className={styles.totals}>
              <div className={styles.total} data-stat="clicks">
                <dt>{names.clicks}</dt>
                <dd>{format.number(stats.data.totals.clicks)}</dd>
              </div>
              <div className={styles.total} data-stat="orders">
                <dt>{names.orders}</dt>
                <dd>{format.number(stats.data.totals.orders)}</dd>
              </div>
              <div className={styles.total} data-stat="revenue">
                <dt>{names.revenue}</dt>
                <dd>{money(stats.data.totals.revenue)}</dd>
              </div>
              <div className={styles.total} data-stat="commission">
                <dt>{names.commission}</dt>
                <dd>{money(stats.data.totals.commission)}</dd>
              </div>
            </dl>
            <div className={styles.charts}>
              <StatsChart title={t("chartTraffic")} months={stats.data.months} series={["clicks", "orders"]} names={names} monthLabel={label} />
              <StatsChart title={t("chartMoney")} months={stats.data.months} series={["revenue", "commission"]} names={names} monthLabel={label} />
            </div>
            <div className={styles.tableWrap}>
              <table className={styles.table}>
                <thead>
                  <tr>
                    <th scope="col">{t("month")}</th>
                    <th scope="col" className={styles.number}>{names.clicks}</th>
                    <th scope="col" className={styles.number}>{names.orders}</th>
                    <th scope="col" className={styles.number}>{names.revenue}</th>
                    <th scope="col" className={styles.number}>{names.commission}</th>
                  </tr>
                </thead>
                <tbody>
                  {[...stats.data.months].reverse().map((m) => (
                    <tr key={m.month} data-month={m.month}>
                      <th scope="row">{label(m.month)}</th>
                      <td className={styles.number}>{format.number(m.clicks)}</td>
                      <td className={styles.number}>{format.number(m.orders)}</td>
                      <td className={styles.number}>{money(m.revenue)}</td>
                      <td className={styles.number}>{money(m.commission)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>

      <section className="panel" aria-labelledby="partner-recent-title">
        <h2 id="partner-recent-title">{t("recentOrders")}</h2>
        {!orders.ok ? (
          <BackendNotice />
        ) : orders.data.orders.length === 0 ? (
          <p>{t("noOrders")}</p>
        ) : (
          <OrdersTable orders={orders.data.orders} locale={locale} />
        )}
        <p>
          <Link href="/partner/orders">{t("allOrders")}</Link>
        </p>
      </section>
    </div>
  );
}

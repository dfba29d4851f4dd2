import type { AppLocale } from "@/i18n/routing";
import { formatVnd } from "@ocop/core";
import { getFormatter, getTranslations } from "next-intl/server";

interface Day {
  day: string;
  total: number;
  orders: number;
}

const WIDTH = 720;
const HEIGHT = 200;
const TOP = 18;
const BOTTOM = 26;

/** Rounds up to 1, 2 or 5 × 10ⁿ, so the axis reads in round numbers. */
function niceMax(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return ([1, 2, 5, 10].find((m) => m * power >= value) ?? 10) * power;
}

/**
 * Sales of the last days as bars, drawn on the server (no script). The chart is a picture with
 * a summary; the figures of every day are in the table read by screen readers.
 */
export async function SalesChart({ days, locale }: { days: Day[]; locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: "ProducerPortal.dashboard" });
  const format = await getFormatter({ locale });
  const money = (n: number) => formatVnd(n, locale);
  const total = days.reduce((s, d) => s + d.total, 0);
  const orders = days.reduce((s, d) => s + d.orders, 0);
  const max = niceMax(Math.max(...days.map((d) => d.total)));
  const slot = WIDTH / days.length;
  const plot = HEIGHT - TOP - BOTTOM;
  const shortDate = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}`;
  return (
    <figure className="pp-chart">
      <figcaption className="pp-chart__caption">
        <span className="pp-chart__total">{money(total)}</span>
        <span className="pp-chart__note">{t("chartSummary", { orders, days: days.length })}</span>
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="pp-chart__svg" role="img" aria-label={t("chartLabel", { total: money(total), days: days.length })}>
        {(total > 0 ? [0, 0.5, 1] : [0]).map((f) => {
          const y = TOP + plot * (1 - f);
          return (
            <g key={f}>
              <line x1={0} x2={WIDTH} y1={y} y2={y} className="pp-chart__grid" />
              <text x={2} y={y - 3} className="pp-chart__axis">
                {f > 0 ? format.number(max * f, { notation: "compact" }) : ""}
              </text>
            </g>
          );
        })}
        {days.map((d, i) => {
          const h = d.total > 0 ? Math.max(2, (d.total / max) * plot) : 0;
          return (
            <rect key={d.day} x={i * slot + slot * 0.18} width={slot * 0.64} y={TOP + plot - h} height={h} rx={2} className="pp-chart__bar">
              <title>{`${shortDate(d.day)}: ${money(d.total)}`}</title>
            </rect>
          );
        })}
        {days.map((d, i) =>
          i % 7 === days.length % 7 || i === days.length - 1 ? (
            <text
              key={`l-${d.day}`}
              x={i === days.length - 1 ? WIDTH : i * slot + slot / 2}
              y={HEIGHT - 6}
              textAnchor={i === days.length - 1 ? "end" : "middle"}
              className="pp-chart__axis"
            >
              {shortDate(d.day)}
            </text>
          ) : null,
        )}
      </svg>
      <table className="visually-hidden">
        <caption>{t("chartTitle")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("day")}</th>
            <th scope="col">{t("sales")}</th>
          </tr>
        </thead>
        <tbody>
          {days
            .filter((d) => d.total > 0)
            .map((d) => (
              <tr key={d.day}>
                <td>{d.day}</td>
                <td>{money(d.total)}</td>
              </tr>
            ))}
        </tbody>
      </table>
    </figure>
  );
}

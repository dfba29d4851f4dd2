import { layoutBars, type Series } from "@/lib/partner/chart";
import type { MonthStats } from "@/lib/partner/types";
import styles from "./partner.module.css";

interface StatsChartProps {
  title: string;
  months: readonly MonthStats[];
  series: readonly Series[];
  /** The legend's name of each series. */
  names: Record<Series, string>;
  /** "11/2026" or "Nov 2026", as the page's language writes a month. */
  monthLabel: (month: string) => string;
}

/**
 * A small server-rendered bar chart. It is a picture of the table below it, so
 * screen readers get a one-line summary; the table carries the numbers.
 */
export function StatsChart({ title, months, series, names, monthLabel }: StatsChartProps) {
  const chart = layoutBars(months, series);
  return (
    <figure className={styles.chart}>
      <figcaption className={styles.chartTitle}>
        {title}
        <span className={styles.legend}>
          {series.map((s, i) => (
            <span key={s} className={styles.legendItem}>
              <span className={`${styles.swatch} ${styles[`series${i}`]}`} aria-hidden="true" />
              {names[s]}
            </span>
          ))}
        </span>
      </figcaption>
      <svg viewBox={`0 0 ${chart.width} ${chart.height}`} role="img" aria-label={title} className={styles.chartSvg} preserveAspectRatio="none">
        <line x1={0} x2={chart.width} y1={chart.baseline} y2={chart.baseline} className={styles.axis} />
        {chart.groups.map((group) => (
          <g key={group.month}>
            {group.bars.map((bar, i) => (
              <rect key={bar.series} x={bar.x} y={bar.y} width={bar.width} height={Math.max(bar.height, bar.value > 0 ? 1 : 0)} className={styles[`series${i}`]}>
                <title>{`${monthLabel(group.month)}: ${names[bar.series]} ${bar.value.toLocaleString("vi-VN")}`}</title>
              </rect>
            ))}
            <text x={group.labelX} y={chart.height - 6} textAnchor="middle" className={styles.chartLabel}>
              {monthLabel(group.month)}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}

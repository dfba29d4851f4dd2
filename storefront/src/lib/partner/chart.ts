// Geometry of the portal's small bar charts (one group of bars per month),
// computed here so the SVG component only draws. Pure.

import type { MonthStats, StatsFigures } from "./types";

export type Series = keyof StatsFigures;

export interface ChartBar {
  series: Series;
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ChartGroup {
  month: string;
  /** Centre of the group, for its label. */
  labelX: number;
  bars: ChartBar[];
}

export interface ChartLayout {
  width: number;
  height: number;
  /** Bottom of the bars (the x axis). */
  baseline: number;
  /** The value at the top of the plot: a round number at least the largest value. */
  max: number;
  groups: ChartGroup[];
}

const LABEL_SPACE = 22;
const TOP_SPACE = 8;

/** 1, 2 or 5 times a power of ten, at least `value` (1 for nothing to show). */
export function niceMax(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

export function layoutBars(months: readonly MonthStats[], series: readonly Series[], width = 600, height = 180): ChartLayout {
  const baseline = height - LABEL_SPACE;
  const plot = baseline - TOP_SPACE;
  const max = niceMax(Math.max(0, ...months.flatMap((m) => series.map((s) => m[s]))));
  const slot = months.length > 0 ? width / months.length : width;
  const barWidth = Math.max(2, (slot * 0.7) / Math.max(1, series.length));
  const groups = months.map((m, i) => {
    const left = i * slot + slot * 0.15;
    const bars = series.map((s, j) => {
      const value = Math.max(0, m[s]);
      const h = (value / max) * plot;
      return { series: s, value, x: left + j * barWidth, y: baseline - h, width: barWidth - 1, height: h };
    });
    return { month: m.month, labelX: i * slot + slot / 2, bars };
  });
  return { width, height, baseline, max, groups };
}

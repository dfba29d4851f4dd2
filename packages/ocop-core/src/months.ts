// Calendar months in Vietnam ("2026-11"): statements, payout periods and partner figures count
// by them. Vietnam keeps UTC+7 all year, so a month's bounds are fixed instants.
import { isoDateInVietnam } from "./dates";

/** A month as `YYYY-MM`. */
export const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The calendar month in Vietnam ("2026-11") of an instant. */
export function monthInVietnam(instant: Date = new Date()): string {
  return isoDateInVietnam(instant).slice(0, 7);
}

/** The instant a Vietnam calendar month starts (UTC+7, no daylight saving). */
export function monthStart(month: string): Date {
  return new Date(`${month}-01T00:00:00.000+07:00`);
}

/** The month after `month`. */
export function nextMonth(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
}

/** The instants a Vietnam calendar month starts and ends (the end is the next month's start). */
export function monthBounds(month: string): { from: Date; to: Date } {
  return { from: monthStart(month), to: monthStart(nextMonth(month)) };
}

/** Months from `from` to `to`, both included (empty when `to` is before `from`). */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let m = from; m <= to && months.length < 1200; m = nextMonth(m)) months.push(m);
  return months;
}

/** The month `n` months before `month`. */
export function monthsBefore(month: string, n: number): string {
  let [y, m] = month.split("-").map(Number) as [number, number];
  m -= n;
  while (m < 1) {
    m += 12;
    y -= 1;
  }
  return `${y}-${String(m).padStart(2, "0")}`;
}

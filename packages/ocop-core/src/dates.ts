// Calendar dates without times. Certificates count whole days, and a time of
// day (or the server's time zone) must never move a date, so everything here
// works on UTC calendar days.

/** A calendar date as `YYYY-MM-DD`. */
export type IsoDate = string;

/**
 * A `YYYY-MM-DD` string, a full ISO date-time with `Z` or an offset (its UTC
 * day is used), or a Date (its UTC day is used).
 */
export type DateInput = Date | string;

interface CalendarDate {
  year: number;
  month: number; // 1–12
  day: number;
}

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// An explicit zone is required: without one, JS reads date-times as local time.
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

function utcDate(year: number, month: number, day: number): Date {
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d;
}

function fromDate(d: Date): CalendarDate {
  if (Number.isNaN(d.getTime())) throw new RangeError("invalid Date");
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function toCalendarDate(input: DateInput): CalendarDate {
  if (input instanceof Date) return fromDate(input);
  if (typeof input !== "string") {
    throw new TypeError(`expected a Date or a YYYY-MM-DD string; got ${typeof input}`);
  }
  const m = ISO_DATE.exec(input);
  if (m) {
    const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
    // Reject dates that Date would silently roll over (2025-02-30 → March 2).
    const check = fromDate(utcDate(date.year, date.month, date.day));
    if (check.year !== date.year || check.month !== date.month || check.day !== date.day) {
      throw new RangeError(`not a calendar date: ${input}`);
    }
    return date;
  }
  if (ISO_DATE_TIME.test(input)) {
    const d = new Date(input);
    if (Number.isNaN(d.getTime())) throw new RangeError(`not a valid date-time: ${input}`);
    return fromDate(d);
  }
  throw new RangeError(`expected a date as YYYY-MM-DD; got "${input}"`);
}

function format({ year, month, day }: CalendarDate): IsoDate {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function dayNumber(date: CalendarDate): number {
  return Math.round(utcDate(date.year, date.month, date.day).getTime() / MS_PER_DAY);
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return utcDate(year, month + 1, 0).getUTCDate();
}

/** Normalises a DateInput to `YYYY-MM-DD`. Throws on anything else. */
export function toIsoDate(input: DateInput): IsoDate {
  return format(toCalendarDate(input));
}

/** True when the input is a date this module accepts. */
export function isDateInput(input: unknown): input is DateInput {
  try {
    toCalendarDate(input as DateInput);
    return true;
  } catch {
    return false;
  }
}

/**
 * Adds calendar months; when the target month is shorter, the result is its
 * last day (2024-02-29 + 36 months = 2027-02-28), as Vietnam's Civil Code
 * (2015, art. 148) ends month-long periods.
 */
export function addMonths(input: DateInput, months: number): IsoDate {
  if (!Number.isInteger(months)) throw new RangeError(`months must be a whole number; got ${months}`);
  const { year, month, day } = toCalendarDate(input);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  return format({ year: targetYear, month: targetMonth, day: Math.min(day, daysInMonth(targetYear, targetMonth)) });
}

/** A calendar day plus whole days (negative to go back): 2024-02-28 + 2 = 2024-03-01. */
export function addDays(input: DateInput, days: number): IsoDate {
  if (!Number.isInteger(days)) throw new RangeError(`days must be a whole number; got ${days}`);
  const { year, month, day } = toCalendarDate(input);
  // setUTCFullYear rolls day overflow into the next months and years.
  return format(fromDate(utcDate(year, month, day + days)));
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: DateInput, to: DateInput): number {
  return dayNumber(toCalendarDate(to)) - dayNumber(toCalendarDate(from));
}

/** -1, 0 or 1 as `a` is before, on or after `b` (by calendar day). */
export function compareDates(a: DateInput, b: DateInput): -1 | 0 | 1 {
  return Math.sign(daysBetween(b, a)) as -1 | 0 | 1;
}

// Vietnam keeps UTC+7 all year (no daylight saving), so a fixed shift is exact
// and needs no time-zone database.
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/**
 * The calendar date in Vietnam at an instant. Between 00:00 and 07:00 in
 * Vietnam the UTC date is still the day before; pass this result as `now`
 * where "today" should follow the Vietnamese calendar.
 */
export function isoDateInVietnam(instant: Date = new Date()): IsoDate {
  if (Number.isNaN(instant.getTime())) throw new RangeError("invalid Date");
  return format(fromDate(new Date(instant.getTime() + VIETNAM_OFFSET_MS)));
}

import { isoDateInVietnam, toIsoDate, type IsoDate } from "@ocop/core"

/** A point in time as workflows take it: an ISO date-time, a `YYYY-MM-DD` day, or a Date. */
export type NowInput = string | Date

/**
 * Today's calendar date in Vietnam for `now` (default: the current time). A bare
 * `YYYY-MM-DD` is taken as that day; a date-time is read in Vietnam's time (UTC+7).
 */
export function todayInVietnam(now?: NowInput | null): IsoDate {
  if (now === undefined || now === null) return isoDateInVietnam(new Date())
  if (typeof now === "string" && /^\d{4}-\d{2}-\d{2}$/.test(now)) return toIsoDate(now)
  const instant = now instanceof Date ? now : new Date(now)
  if (Number.isNaN(instant.getTime())) throw new RangeError(`not a date-time: ${String(now)}`)
  return isoDateInVietnam(instant)
}

/** A calendar day stored in a dateTime column: midnight UTC of that day. */
export function dayToTimestamp(day: IsoDate): Date {
  return new Date(`${day}T00:00:00.000Z`)
}

/** "2025-01-17" → "17/01/2025", as Vietnamese documents print dates. */
export function vietnameseDate(day: IsoDate): string {
  const [y, m, d] = day.split("-")
  return `${d}/${m}/${y}`
}

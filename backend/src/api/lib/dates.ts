import { toIsoDate, type IsoDate } from "@ocop/core"

export { isoDateInVietnam } from "@ocop/core"

/** A calendar day plus whole days. */
export function addDays(day: IsoDate, days: number): IsoDate {
  const d = new Date(`${toIsoDate(day)}T00:00:00.000Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return toIsoDate(d)
}

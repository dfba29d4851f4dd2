import { describe, expect, it } from "vitest"
import { readScheduleForm } from "./schedule"

const form = (entries: Array<[string, string]>) => {
  const data = new FormData()
  for (const [k, v] of entries) data.append(k, v)
  return data
}

describe("the portal's booking calendar form", () => {
  it("reads times, days off, dates with other places and the notice in days", () => {
    const { body, problems } = readScheduleForm(
      form([
        ["daily_capacity", "30"],
        ["notice", "2"],
        ["notice_unit", "days"],
        ["closed_weekday", "7"],
        ["closed_weekday", "1"],
        ["slot_time", "14:00"],
        ["slot_capacity", "10"],
        ["slot_time", "08:00"],
        ["slot_capacity", ""],
        ["slot_time", ""],
        ["slot_capacity", ""],
        ["closed_date", "2026-12-24"],
        ["closed_date", ""],
        ["override_date", "2026-12-31"],
        ["override_capacity", "5"],
      ]),
    )
    expect(problems).toEqual([])
    expect(body).toEqual({
      daily_capacity: 30,
      min_notice_hours: 48,
      closed_weekdays: [1, 7],
      closed_dates: ["2026-12-24"],
      date_capacities: [{ date: "2026-12-31", capacity: 5 }],
      // A time without its own places takes the daily number.
      slots: [
        { time: "14:00", capacity: 10 },
        { time: "08:00", capacity: 30 },
      ],
    })
  })

  it("names what a producer can fix: negative places, a bad or repeated time, a notice out of range", () => {
    const keys = (entries: Array<[string, string]>) => readScheduleForm(form([["daily_capacity", "10"], ...entries])).problems.map((p) => p.key)
    expect(keys([["slot_time", "08:00"], ["slot_capacity", "-1"]])).toEqual(["capacityInvalid"])
    expect(keys([["slot_time", "8h"], ["slot_capacity", "3"]])).toEqual(["timeInvalid"])
    expect(keys([["slot_time", "08:00"], ["slot_capacity", "3"], ["slot_time", "08:00"], ["slot_capacity", "4"]])).toEqual(["slotTwice"])
    expect(keys([["notice", "91"], ["notice_unit", "days"]])).toEqual(["noticeInvalid"])
    expect(keys([["notice", "-3"]])).toEqual(["noticeInvalid"])
    expect(keys([["override_date", "2026-12-31"], ["override_capacity", "2"], ["override_date", "2026-12-31"], ["override_capacity", "3"]])).toEqual(["dateTwice"])
    expect(readScheduleForm(form([["daily_capacity", "-5"]])).problems).toEqual([{ key: "capacityInvalid", values: { what: "daily_capacity", value: "-5" } }])
  })
})

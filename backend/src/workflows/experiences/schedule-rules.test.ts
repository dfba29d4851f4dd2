import { describe, expect, it } from "vitest"
import { checkSchedule, checkScheduledChoice, dayPlan, fullSlotProblem, isoWeekday, type Schedule } from "./schedule-rules"

const fields = (input: Parameters<typeof checkSchedule>[0]) => checkSchedule(input).problems.map((p) => p.field)
// 2026-12-01 is a Tuesday; "now" is 2026-12-01 10:00 in Vietnam.
const NOW = Date.parse("2026-12-01T10:00:00+07:00")
const base: Schedule = { daily_capacity: 10, min_notice_hours: 0, closed_weekdays: [], closed_dates: [], date_capacities: [], slots: [] }

describe("experience schedule rules", () => {
  it("checks a producer's schedule, naming each field, and sorts what it keeps", () => {
    expect(fields({ daily_capacity: -1 })).toEqual(["daily_capacity"])
    expect(fields({ daily_capacity: 2.5 })).toEqual(["daily_capacity"])
    expect(fields({ daily_capacity: 5, min_notice_hours: 2161 })).toEqual(["min_notice_hours"])
    expect(fields({ daily_capacity: 5, slots: [{ time: "24:00", capacity: 1 }, { time: "8:00", capacity: 1 }] })).toEqual(["slots.0.time", "slots.1.time"])
    expect(fields({ daily_capacity: 5, slots: [{ time: "08:00", capacity: 1 }, { time: "08:00", capacity: 2 }] })).toEqual(["slots.1.time"])
    expect(fields({ daily_capacity: 5, slots: [{ time: "08:00", capacity: -1 }] })).toEqual(["slots.0.capacity"])
    expect(fields({ daily_capacity: 5, date_capacities: [{ date: "2026-12-24", capacity: 1 }, { date: "2026-12-24", capacity: 2 }] })).toEqual(["date_capacities.1.date"])
    expect(fields({ daily_capacity: 5, closed_weekdays: [1, 2, 3, 4, 5, 6, 7] })).toEqual(["closed_weekdays"])
    expect(fields({ daily_capacity: 5, closed_weekdays: [0], closed_dates: ["2026-02-30"] })).toEqual(["closed_weekdays.0", "closed_dates.0"])
    const { schedule } = checkSchedule({ daily_capacity: 5, closed_weekdays: [7, 1, 7], slots: [{ time: "14:00", capacity: 4 }, { time: "08:00", capacity: 2 }] })
    expect(schedule).toMatchObject({ min_notice_hours: 0, closed_weekdays: [1, 7], slots: [{ time: "08:00", capacity: 2 }, { time: "14:00", capacity: 4 }] })
  })

  it("plans a day: days off, weekly closed days, per-date places, slots past or inside the notice", () => {
    expect(isoWeekday("2026-12-06")).toBe(7)
    const s: Schedule = {
      ...base,
      min_notice_hours: 24,
      closed_weekdays: [7],
      closed_dates: ["2026-12-24"],
      date_capacities: [{ date: "2026-12-05", capacity: 2 }],
      slots: [{ time: "08:00", capacity: 3 }, { time: "14:00", capacity: 5 }],
    }
    expect(dayPlan(s, "2026-12-24", NOW).closed).toBe("day_off")
    expect(dayPlan(s, "2026-12-06", NOW).closed).toBe("weekly_off")
    expect(dayPlan(s, "2026-12-05", NOW)).toEqual({
      date: "2026-12-05", capacity: 4, closed: null,
      slots: [{ time: "08:00", capacity: 2, closed: null }, { time: "14:00", capacity: 2, closed: null }],
    })
    // Tomorrow 08:00 is 22 hours away (inside 24), 14:00 is 28 hours away.
    expect(dayPlan(s, "2026-12-02", NOW).slots.map((x) => x.closed)).toEqual(["notice", null])
    expect(dayPlan(s, "2026-12-01", NOW)).toMatchObject({ closed: "notice", slots: [{ closed: "past" }, { closed: "notice" }] })
    expect(dayPlan({ ...s, min_notice_hours: 0 }, "2026-12-01", NOW).slots.map((x) => x.closed)).toEqual(["past", null])
    // A whole-day experience books on its own day without notice, not with one.
    expect(dayPlan(base, "2026-12-01", NOW).closed).toBeNull()
    expect(dayPlan({ ...base, min_notice_hours: 48 }, "2026-12-03", NOW).closed).toBe("notice")
  })

  it("refuses a day off, a missing, unknown or too-soon slot, and a slot given without slots", () => {
    const s: Schedule = { ...base, min_notice_hours: 24, closed_dates: ["2026-12-24"], slots: [{ time: "08:00", capacity: 3 }, { time: "14:00", capacity: 5 }] }
    const check = (date: string, slot: unknown, schedule = s) => checkScheduledChoice(dayPlan(schedule, date, NOW), schedule, slot)
    expect(check("2026-12-24", "08:00").problems[0]?.message).toContain("is a day off")
    expect(check("2026-12-10", undefined).problems[0]).toEqual({ field: "experience_slot", message: "choose a time on 2026-12-10: 08:00, 14:00" })
    expect(check("2026-12-10", "09:00").problems[0]?.message).toContain("is not a time of this experience")
    expect(check("2026-12-02", "08:00").problems[0]?.message).toContain("too soon: bookings close 24 hours before the start")
    expect(check("2026-12-10", "14:00")).toEqual({ slot: "14:00", capacity: 5, problems: [] })
    expect(check("2026-12-10", "08:00", base).problems[0]?.field).toBe("experience_slot")
    expect(check("2026-12-10", "", base)).toEqual({ slot: null, capacity: 10, problems: [] })
    expect(fullSlotProblem("2026-12-10", "08:00", 1, 0)?.message).toBe("08:00 on 2026-12-10 is fully booked; choose another time or date")
    expect(fullSlotProblem("2026-12-10", "08:00", 2, 1)?.message).toBe("only 1 place left at 08:00 on 2026-12-10; you asked for 2")
  })
})

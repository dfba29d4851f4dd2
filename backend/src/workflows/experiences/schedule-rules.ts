// Pure rules of an experience's booking calendar (issue #19): capacity per date with per-date
// overrides, days off, weekly closed weekdays, optional time slots with their own capacity, and a
// minimum notice before the start. An experience without a schedule keeps the rules of
// booking-rules.ts alone (capacity per date from metadata), unchanged.

import type { FieldProblem } from "../lib/errors"
import { isIsoDate } from "./booking-rules"

export const MAX_SCHEDULE_CAPACITY = 10_000
/** The longest minimum notice: 90 days. */
export const MAX_NOTICE_HOURS = 24 * 90
export const MAX_SLOTS = 12
/** Vietnam is UTC+7 all year: a slot's start instant is its date and time there. */
const VIETNAM_OFFSET = "+07:00"

export type ScheduleSlot = { time: string; capacity: number }
export type DateCapacity = { date: string; capacity: number }
export type Schedule = {
  daily_capacity: number
  min_notice_hours: number
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  closed_weekdays: number[]
  closed_dates: string[]
  date_capacities: DateCapacity[]
  slots: ScheduleSlot[]
}

/** Why a date or a slot takes no booking. Full is not a reason here: it is `remaining: 0`. */
export type ClosedReason = "day_off" | "weekly_off" | "notice" | "past"

export type SlotPlan = { time: string; capacity: number; closed: ClosedReason | null }
export type DayPlan = { date: string; capacity: number; closed: ClosedReason | null; slots: SlotPlan[] }

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/

const wholeIn = (value: unknown, min: number, max: number): value is number =>
  typeof value === "number" && Number.isInteger(value) && value >= min && value <= max

function capacityProblem(field: string, value: unknown): FieldProblem | null {
  if (wholeIn(value, 0, MAX_SCHEDULE_CAPACITY)) return null
  return { field, message: `must be a whole number of places from 0 to ${MAX_SCHEDULE_CAPACITY}; got ${String(value)}` }
}

export type ScheduleInput = {
  daily_capacity?: unknown
  min_notice_hours?: unknown
  closed_weekdays?: unknown[]
  closed_dates?: unknown[]
  date_capacities?: Array<{ date?: unknown; capacity?: unknown }>
  slots?: Array<{ time?: unknown; capacity?: unknown }>
}

/** Checks a producer's schedule; every problem names its field (e.g. `slots.1.time`). Dates and slots come back sorted. */
export function checkSchedule(input: ScheduleInput): { schedule?: Schedule; problems: FieldProblem[] } {
  const problems: FieldProblem[] = []
  const push = (p: FieldProblem | null) => p && problems.push(p)
  push(capacityProblem("daily_capacity", input.daily_capacity))
  const notice = input.min_notice_hours ?? 0
  if (!wholeIn(notice, 0, MAX_NOTICE_HOURS)) {
    push({ field: "min_notice_hours", message: `must be a whole number of hours from 0 to ${MAX_NOTICE_HOURS} (90 days); got ${String(notice)}` })
  }
  const weekdays = new Set<number>()
  for (const [i, d] of (input.closed_weekdays ?? []).entries()) {
    if (wholeIn(d, 1, 7)) weekdays.add(d)
    else push({ field: `closed_weekdays.${i}`, message: `must be a weekday from 1 (Monday) to 7 (Sunday); got ${String(d)}` })
  }
  if (weekdays.size === 7) push({ field: "closed_weekdays", message: "every day of the week is closed; open at least one" })
  const closedDates = new Set<string>()
  for (const [i, d] of (input.closed_dates ?? []).entries()) {
    if (isIsoDate(d)) closedDates.add(d)
    else push({ field: `closed_dates.${i}`, message: `"${String(d)}" is not a date written YYYY-MM-DD` })
  }
  const overrides = new Map<string, number>()
  for (const [i, o] of (input.date_capacities ?? []).entries()) {
    if (!isIsoDate(o.date)) push({ field: `date_capacities.${i}.date`, message: `"${String(o.date)}" is not a date written YYYY-MM-DD` })
    else if (overrides.has(o.date)) push({ field: `date_capacities.${i}.date`, message: `${o.date} is listed twice` })
    else if (!push(capacityProblem(`date_capacities.${i}.capacity`, o.capacity))) overrides.set(o.date, o.capacity as number)
  }
  const slots = new Map<string, number>()
  if ((input.slots ?? []).length > MAX_SLOTS) push({ field: "slots", message: `at most ${MAX_SLOTS} times a day` })
  for (const [i, s] of (input.slots ?? []).entries()) {
    if (typeof s.time !== "string" || !TIME.test(s.time)) {
      push({ field: `slots.${i}.time`, message: `"${String(s.time ?? "")}" is not a time written HH:MM (00:00–23:59)` })
    } else if (slots.has(s.time)) push({ field: `slots.${i}.time`, message: `${s.time} is listed twice` })
    else if (!push(capacityProblem(`slots.${i}.capacity`, s.capacity))) slots.set(s.time, s.capacity as number)
  }
  if (problems.length) return { problems }
  return {
    problems,
    schedule: {
      daily_capacity: input.daily_capacity as number,
      min_notice_hours: notice as number,
      closed_weekdays: [...weekdays].sort(),
      closed_dates: [...closedDates].sort(),
      date_capacities: [...overrides].sort(([a], [b]) => a.localeCompare(b)).map(([date, capacity]) => ({ date, capacity })),
      slots: [...slots].sort(([a], [b]) => a.localeCompare(b)).map(([time, capacity]) => ({ time, capacity })),
    },
  }
}

/** ISO weekday of a YYYY-MM-DD date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay() || 7
}

const startOf = (date: string, time: string) => Date.parse(`${date}T${time}:00${VIETNAM_OFFSET}`)

/** A start at `start` (ms) is past, inside the notice, or open, at `now` (ms). */
function startProblem(start: number, noticeHours: number, now: number, wholeDay: boolean): ClosedReason | null {
  // A whole-day experience may be booked on its own day when no notice is asked (as before schedules).
  if (!wholeDay && start <= now) return "past"
  return noticeHours > 0 && start < now + noticeHours * 3_600_000 ? "notice" : null
}

/** A date's capacity and slots by the schedule, and why it is closed, at `now` (ms). */
export function dayPlan(schedule: Schedule, date: string, now: number): DayPlan {
  const override = schedule.date_capacities.find((o) => o.date === date)?.capacity
  const dayOff: ClosedReason | null = schedule.closed_dates.includes(date)
    ? "day_off"
    : schedule.closed_weekdays.includes(isoWeekday(date))
      ? "weekly_off"
      : null
  if (!schedule.slots.length) {
    const closed = dayOff ?? startProblem(startOf(date, "00:00"), schedule.min_notice_hours, now, true)
    return { date, capacity: override ?? schedule.daily_capacity, closed, slots: [] }
  }
  const slots = schedule.slots.map((s) => ({
    time: s.time,
    capacity: override ?? s.capacity,
    closed: dayOff ?? startProblem(startOf(date, s.time), schedule.min_notice_hours, now, false),
  }))
  const open = slots.some((s) => !s.closed)
  const closed = dayOff ?? (open ? null : slots.some((s) => s.closed === "notice") ? "notice" : "past")
  return { date, capacity: slots.reduce((sum, s) => sum + s.capacity, 0), closed, slots }
}

const WEEKDAY_NAMES = ["Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays", "Sundays"]

export type ScheduledChoice = { slot: string | null; capacity: number; problems: FieldProblem[] }

/**
 * Checks a booking's date and slot against the day's plan: a day off, a slot not offered, a
 * start already passed or inside the notice are refused, naming the field. The capacity is the
 * chosen slot's (or the day's without slots).
 */
export function checkScheduledChoice(plan: DayPlan, schedule: Schedule, rawSlot: unknown): ScheduledChoice {
  const { date } = plan
  const fail = (field: string, message: string): ScheduledChoice => ({ slot: null, capacity: 0, problems: [{ field, message }] })
  if (plan.closed === "day_off") return fail("experience_date", `${date} is a day off for this experience; choose another date`)
  if (plan.closed === "weekly_off") {
    return fail("experience_date", `${date} is closed: this experience is closed on ${WEEKDAY_NAMES[isoWeekday(date) - 1]}; choose another date`)
  }
  const slot = typeof rawSlot === "string" && rawSlot !== "" ? rawSlot : null
  const notice = `bookings close ${schedule.min_notice_hours} hours before the start`
  if (!plan.slots.length) {
    if (slot !== null) return fail("experience_slot", `this experience has no times to choose; book ${date} without a time`)
    if (plan.closed === "notice") return fail("experience_date", `${date} is too soon: ${notice}; choose a later date`)
    return { slot: null, capacity: plan.capacity, problems: [] }
  }
  const times = plan.slots.map((s) => s.time).join(", ")
  if (slot === null) return fail("experience_slot", `choose a time on ${date}: ${times}`)
  const chosen = plan.slots.find((s) => s.time === slot)
  if (!chosen) return fail("experience_slot", `"${slot}" is not a time of this experience; choose one of ${times}`)
  if (chosen.closed === "past") return fail("experience_slot", `${slot} on ${date} has already started; choose a later time`)
  if (chosen.closed === "notice") return fail("experience_slot", `${slot} on ${date} is too soon: ${notice}; choose a later time or date`)
  return { slot, capacity: chosen.capacity, problems: [] }
}

/** Refusal when a party does not fit the places left in a slot. */
export function fullSlotProblem(date: string, slot: string, partySize: number, remaining: number): FieldProblem | null {
  if (partySize <= remaining) return null
  return {
    field: "experience_slot",
    message:
      remaining === 0
        ? `${slot} on ${date} is fully booked; choose another time or date`
        : `only ${remaining} place${remaining === 1 ? "" : "s"} left at ${slot} on ${date}; you asked for ${partySize}`,
  }
}

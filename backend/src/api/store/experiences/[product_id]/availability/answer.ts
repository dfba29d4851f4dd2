import { capacityOf, datesBetween, remainingPlaces, type ExperienceProduct } from "../../../../../workflows/experiences/booking-rules"
import { bookedIn, type bookedPlacesBySlot } from "../../../../../workflows/experiences/utils/bookings"
import { dayPlan, type Schedule } from "../../../../../workflows/experiences/schedule-rules"

type Booked = Awaited<ReturnType<typeof bookedPlacesBySlot>>

/**
 * The availability answer's dates. Without a schedule, as before schedules: `{ date, remaining,
 * available }` from the capacity per date. With one (src/modules/experiences): each date's
 * capacity, booked, remaining, available and `closed` (day_off | weekly_off | notice | past |
 * null), and its `slots` the same way (empty without time slots).
 */
export function availabilityDates(product: ExperienceProduct, schedule: Schedule | undefined, from: string, to: string, booked: Booked, now: number) {
  if (!schedule) {
    const capacity = capacityOf(product)
    return datesBetween(from, to).map((date) => {
      const remaining = remainingPlaces(capacity, bookedIn(booked, date, null))
      return { date, remaining, available: remaining > 0 }
    })
  }
  const places = (capacity: number, taken: number, closed: string | null) => {
    const remaining = closed ? 0 : remainingPlaces(capacity, taken)
    return { capacity, booked: taken, remaining, available: remaining > 0, closed }
  }
  return datesBetween(from, to).map((date) => {
    const plan = dayPlan(schedule, date, now)
    const slots = plan.slots.map((s) => ({ time: s.time, ...places(s.capacity, bookedIn(booked, date, s.time), s.closed) }))
    const day = places(plan.capacity, bookedIn(booked, date, null), plan.closed)
    // With slots, the day's places left are its open slots' together.
    if (slots.length) day.remaining = slots.reduce((sum, s) => sum + s.remaining, 0)
    return { date, ...day, available: day.remaining > 0, slots }
  })
}

/** The schedule as the store shows it (no per-date lists: the dates carry them). */
export function publicSchedule(schedule: Schedule | undefined) {
  if (!schedule) return null
  return {
    daily_capacity: schedule.daily_capacity,
    min_notice_hours: schedule.min_notice_hours,
    closed_weekdays: schedule.closed_weekdays,
    slots: schedule.slots,
  }
}

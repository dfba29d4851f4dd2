// Pure rules of an experience booking (OCOP group 6): a cart line item whose quantity is the
// party size (price per person) and whose metadata holds { experience_date, party_size }.
// No Medusa imports beyond the error type, so they are unit-tested on their own.

import { compareDates, daysBetween, isExperienceGroup } from "@ocop/core"
import type { FieldProblem } from "../lib/errors"

/** Places per date when the product sets none (product.metadata.experience_capacity). */
export const DEFAULT_EXPERIENCE_CAPACITY = 20
/** How far ahead a date may be booked, and the widest availability window. */
export const MAX_DAYS_AHEAD = 366

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

export type ExperienceProduct = {
  id: string
  title?: string | null
  metadata?: Record<string, unknown> | null
  ocop_certificate?: { group?: string | null } | null
}

/** Group 6 by its certificate, or by the catalog's metadata when no certificate is linked. */
export function isExperienceProduct(product: ExperienceProduct): boolean {
  const group = product.ocop_certificate?.group ?? (product.metadata?.ocop_group as string | undefined)
  return (group !== undefined && group !== null && isExperienceGroup(group)) || product.metadata?.experience === true
}

export function capacityOf(product: ExperienceProduct): number {
  const value = Number(product.metadata?.experience_capacity)
  return Number.isInteger(value) && value > 0 ? value : DEFAULT_EXPERIENCE_CAPACITY
}

/** A real calendar day written YYYY-MM-DD (2026-02-30 is not one). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== "string" || !ISO_DATE.test(value)) return false
  const d = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value
}

export type BookingRequest = { quantity: unknown; metadata?: Record<string, unknown> | null }
export type Booking = { experience_date: string; party_size: number }

/**
 * Checks a booking's date and party size against today (in Vietnam) and the capacity.
 * party_size, when given, must equal the quantity: the line's quantity is what is charged.
 */
export function checkBooking(request: BookingRequest, capacity: number, today: string): { booking?: Booking; problems: FieldProblem[] } {
  const problems: FieldProblem[] = []
  const date = request.metadata?.experience_date
  if (date === undefined || date === null || date === "") {
    problems.push({ field: "experience_date", message: "choose the date of the experience (YYYY-MM-DD)" })
  } else if (!isIsoDate(date)) {
    problems.push({ field: "experience_date", message: `"${String(date)}" is not a date written YYYY-MM-DD` })
  } else if (compareDates(date, today) < 0) {
    problems.push({ field: "experience_date", message: `${date} is in the past; choose ${today} or later` })
  } else if (daysBetween(today, date) > MAX_DAYS_AHEAD) {
    problems.push({ field: "experience_date", message: `${date} is too far ahead; bookings open ${MAX_DAYS_AHEAD} days in advance` })
  }
  const rawSize = request.metadata?.party_size ?? request.quantity
  const size = Number(rawSize)
  if (!Number.isInteger(size) || size < 1) {
    problems.push({ field: "party_size", message: `must be a whole number of people, at least 1; got ${String(rawSize)}` })
  } else if (size > capacity) {
    problems.push({ field: "party_size", message: `at most ${capacity} people can be booked for one date; got ${size}` })
  } else if (Number(request.quantity) !== size) {
    problems.push({ field: "party_size", message: `must equal the quantity (${String(request.quantity)}): the price is per person` })
  }
  if (problems.length) return { problems }
  return { booking: { experience_date: date as string, party_size: size }, problems }
}

/** The places left on a date: capacity minus what is booked (never below zero). */
export function remainingPlaces(capacity: number, booked: number): number {
  return Math.max(0, capacity - booked)
}

/** Refusal when a party does not fit the places left on its date. */
export function fullDateProblem(date: string, partySize: number, remaining: number): FieldProblem | null {
  if (partySize <= remaining) return null
  return {
    field: "experience_date",
    message:
      remaining === 0
        ? `${date} is fully booked; choose another date`
        : `only ${remaining} place${remaining === 1 ? "" : "s"} left on ${date}; you asked for ${partySize}`,
  }
}

/** Every date from `from` to `to` inclusive. */
export function datesBetween(from: string, to: string): string[] {
  const out: string[] = []
  const start = new Date(`${from}T00:00:00Z`).getTime()
  for (let i = 0; i <= daysBetween(from, to); i++) out.push(new Date(start + i * 86_400_000).toISOString().slice(0, 10))
  return out
}

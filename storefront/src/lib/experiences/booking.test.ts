import { describe, expect, it } from "vitest"
import { checkBookingInput, problemFromBackend } from "../../components/booking/booking-state"
import { bookingOf, isBookingOnly, isExperience, withoutCodForBookings } from "./booking"

describe("experience bookings in the storefront", () => {
  it("reads a booking from line metadata, and nothing from goods", () => {
    expect(bookingOf({ experience_date: "2026-12-24", party_size: 3 })).toEqual({ date: "2026-12-24", partySize: 3 })
    expect(bookingOf({ experience_date: "24/12/2026", party_size: 3 })).toBeNull()
    expect(bookingOf(null)).toBeNull()
    expect(bookingOf({ commune_code: "06979" })).toBeNull()
  })

  it("knows group 6 and booking-only carts", () => {
    expect(isExperience({ ocop: { groupSlug: "tourism" } })).toBe(true)
    expect(isExperience({ ocop: { groupSlug: "food" } })).toBe(false)
    expect(isExperience({ ocop: null })).toBe(false)
    const booking = { date: "2026-12-24", partySize: 2 }
    expect(isBookingOnly([{ booking }, { booking }])).toBe(true)
    expect(isBookingOnly([{ booking }, { booking: null }])).toBe(false)
    expect(isBookingOnly([])).toBe(false)
  })

  it("offers no cash on delivery to a cart holding a booking", () => {
    const choices = { ok: true as const, data: [{ kind: "cod" }, { kind: "vietqr" }] }
    expect(withoutCodForBookings(choices, [{ booking: { date: "2026-12-24", partySize: 1 } }])).toEqual({ ok: true, data: [{ kind: "vietqr" }] })
    expect(withoutCodForBookings(choices, [{ booking: null }])).toBe(choices)
  })

  it("checks the form before asking the backend", () => {
    expect(checkBookingInput("2026-12-24", "3", "2026-11-30", 20).errors).toEqual({})
    expect(checkBookingInput("", "3", "2026-11-30", 20).errors.date?.key).toBe("dateRequired")
    expect(checkBookingInput("2026-11-29", "3", "2026-11-30", 20).errors.date?.key).toBe("datePast")
    expect(checkBookingInput("2026-12-24", "-1", "2026-11-30", 20).errors.partySize?.key).toBe("partySizeInvalid")
    expect(checkBookingInput("2026-12-24", "0", "2026-11-30", 20).errors.partySize?.key).toBe("partySizeInvalid")
    expect(checkBookingInput("2026-12-24", "21", "2026-11-30", 20).errors.partySize).toEqual({ key: "partySizeTooLarge", values: { count: 20 } })
  })

  it("puts the backend's refusal next to its field", () => {
    expect(problemFromBackend("experience_date: 2026-12-24 is fully booked; choose another date")).toEqual({ field: "date", problem: { key: "dateFull" } })
    expect(problemFromBackend("experience_date: only 2 places left on 2026-12-24; you asked for 3")).toEqual({
      field: "date",
      problem: { key: "placesLeft", values: { count: 2 } },
    })
    expect(problemFromBackend("party_size: at most 12 people can be booked for one date; got 13").problem).toEqual({ key: "partySizeTooLarge", values: { count: 12 } })
    expect(problemFromBackend("experience_date: 2026-11-01 is in the past; choose 2026-11-30 or later").problem.key).toBe("datePast")
    expect(problemFromBackend("something else").field).toBeNull()
  })

  it("reads the time of a booking and puts a refused time next to the time choice", () => {
    expect(bookingOf({ experience_date: "2026-12-24", party_size: 2, experience_slot: "08:00" })).toEqual({ date: "2026-12-24", partySize: 2, slot: "08:00" })
    expect(problemFromBackend("experience_slot: 08:00 on 2026-12-24 is fully booked; choose another time or date")).toEqual({ field: "slot", problem: { key: "slotFull" } })
    expect(problemFromBackend("experience_slot: only 1 place left at 08:00 on 2026-12-24; you asked for 2").problem).toEqual({ key: "slotPlacesLeft", values: { count: 1 } })
    expect(problemFromBackend("experience_slot: choose a time on 2026-12-24: 08:00, 14:00").problem.key).toBe("slotRequired")
    expect(problemFromBackend('experience_slot: "09:00" is not a time of this experience; choose one of 08:00, 14:00').problem.key).toBe("slotUnknown")
    expect(problemFromBackend("experience_slot: 08:00 on 2026-12-24 is too soon: bookings close 48 hours before the start; choose a later time or date").problem).toEqual({
      key: "slotTooSoon",
      values: { hours: 48 },
    })
    expect(problemFromBackend("experience_date: 2026-12-24 is a day off for this experience; choose another date")).toEqual({ field: "date", problem: { key: "dayOff" } })
    expect(problemFromBackend("experience_date: 2026-12-27 is closed: this experience is closed on Sundays; choose another date").problem.key).toBe("weeklyOff")
  })
})

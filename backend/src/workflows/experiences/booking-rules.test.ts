import { describe, expect, it } from "vitest"
import { capacityOf, checkBooking, datesBetween, fullDateProblem, isExperienceProduct, isIsoDate, remainingPlaces } from "./booking-rules"

const TODAY = "2026-11-30"
const fields = (r: ReturnType<typeof checkBooking>) => r.problems.map((p) => p.field)

describe("experience booking rules", () => {
  it("recognises group 6 by certificate or catalog metadata", () => {
    expect(isExperienceProduct({ id: "p", ocop_certificate: { group: "tourism" } })).toBe(true)
    expect(isExperienceProduct({ id: "p", metadata: { ocop_group: "tourism" } })).toBe(true)
    expect(isExperienceProduct({ id: "p", ocop_certificate: { group: "food" }, metadata: { ocop_group: "tourism" } })).toBe(false)
    expect(isExperienceProduct({ id: "p", metadata: { ocop_group: "food" } })).toBe(false)
  })

  it("takes the capacity from metadata, else the default", () => {
    expect(capacityOf({ id: "p", metadata: { experience_capacity: 12 } })).toBe(12)
    expect(capacityOf({ id: "p", metadata: { experience_capacity: -3 } })).toBe(20)
    expect(capacityOf({ id: "p" })).toBe(20)
  })

  it("accepts real YYYY-MM-DD days only", () => {
    expect(isIsoDate("2028-02-29")).toBe(true)
    expect(isIsoDate("2027-02-29")).toBe(false)
    expect(isIsoDate("2026-1-05")).toBe(false)
    expect(isIsoDate(20261205)).toBe(false)
  })

  it("accepts today (in Vietnam) and later, a party of 1..capacity equal to the quantity", () => {
    expect(checkBooking({ quantity: 3, metadata: { experience_date: TODAY, party_size: 3 } }, 5, TODAY)).toEqual({
      booking: { experience_date: TODAY, party_size: 3 },
      problems: [],
    })
    expect(checkBooking({ quantity: 5, metadata: { experience_date: "2026-12-24" } }, 5, TODAY).booking?.party_size).toBe(5)
  })

  it("names the field of each problem", () => {
    expect(fields(checkBooking({ quantity: 2, metadata: { experience_date: "2026-11-29" } }, 5, TODAY))).toEqual(["experience_date"])
    expect(fields(checkBooking({ quantity: 2, metadata: {} }, 5, TODAY))).toEqual(["experience_date"])
    expect(fields(checkBooking({ quantity: 2, metadata: { experience_date: "2028-01-01" } }, 5, TODAY))).toEqual(["experience_date"])
    expect(fields(checkBooking({ quantity: 0, metadata: { experience_date: TODAY } }, 5, TODAY))).toEqual(["party_size"])
    expect(fields(checkBooking({ quantity: -1, metadata: { experience_date: TODAY, party_size: -1 } }, 5, TODAY))).toEqual(["party_size"])
    expect(fields(checkBooking({ quantity: 6, metadata: { experience_date: TODAY } }, 5, TODAY))).toEqual(["party_size"])
    expect(fields(checkBooking({ quantity: 2, metadata: { experience_date: TODAY, party_size: 3 } }, 5, TODAY))).toEqual(["party_size"])
    expect(fields(checkBooking({ quantity: 2, metadata: { experience_date: "soon", party_size: "x" } }, 5, TODAY))).toEqual(["experience_date", "party_size"])
  })

  it("refuses a party that does not fit the places left", () => {
    expect(remainingPlaces(5, 7)).toBe(0)
    expect(fullDateProblem(TODAY, 2, 2)).toBeNull()
    expect(fullDateProblem(TODAY, 2, 1)?.message).toBe(`only 1 place left on ${TODAY}; you asked for 2`)
    expect(fullDateProblem(TODAY, 1, 0)?.message).toBe(`${TODAY} is fully booked; choose another date`)
  })

  it("lists the dates of a window, across a month end", () => {
    expect(datesBetween("2026-11-29", "2026-12-01")).toEqual(["2026-11-29", "2026-11-30", "2026-12-01"])
  })
})

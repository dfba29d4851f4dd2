import { describe, expect, it } from "vitest"
import { linesToMerge } from "./merge-rules"

describe("linesToMerge", () => {
  it("adds the guest's lines the customer's cart lacks, whole", () => {
    expect(linesToMerge([{ variant_id: "honey", quantity: 2 }], [{ variant_id: "tea", quantity: 1 }])).toEqual([{ variant_id: "honey", quantity: 2 }])
  })

  it("never doubles a line both carts hold: the larger quantity wins", () => {
    expect(linesToMerge([{ variant_id: "tea", quantity: 1 }], [{ variant_id: "tea", quantity: 1 }])).toEqual([])
    expect(linesToMerge([{ variant_id: "tea", quantity: 3 }], [{ variant_id: "tea", quantity: 1 }])).toEqual([{ variant_id: "tea", quantity: 2 }])
    expect(linesToMerge([{ variant_id: "tea", quantity: 1 }], [{ variant_id: "tea", quantity: 4 }])).toEqual([])
  })

  it("tells lines apart by their metadata, whatever its key order", () => {
    const guest = [{ variant_id: "pearl", quantity: 1, metadata: { engraving: "An", size: "7" } }]
    expect(linesToMerge(guest, [{ variant_id: "pearl", quantity: 1, metadata: { size: "7", engraving: "An" } }])).toEqual([])
    expect(linesToMerge(guest, [{ variant_id: "pearl", quantity: 1, metadata: { size: "8", engraving: "An" } }])).toEqual([
      { variant_id: "pearl", quantity: 1, metadata: { engraving: "An", size: "7" } },
    ])
  })

  it("adds a booking for another day; keeps the customer's party for the same ticket and day", () => {
    const booking = (date: string, size: number) => ({ variant_id: "adult", quantity: size, metadata: { experience_date: date, party_size: size } })
    expect(linesToMerge([booking("2026-12-20", 4)], [booking("2026-12-20", 2)])).toEqual([])
    expect(linesToMerge([booking("2026-12-21", 4)], [booking("2026-12-20", 2)])).toEqual([booking("2026-12-21", 4)])
  })

  it("skips custom lines without a variant and empty quantities", () => {
    expect(linesToMerge([{ variant_id: null, quantity: 1 }, { variant_id: "tea", quantity: 0 }], [])).toEqual([])
  })
})

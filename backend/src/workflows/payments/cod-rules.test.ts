import { describe, expect, it } from "vitest"
import { assertCodFitsCart } from "./cod-rules"

const cod = {
  payment_collection: { payment_sessions: [{ provider_id: "pp_cod_cod", status: "pending" }] },
  shipping_address: { phone: "+84912345678" },
  total: 1_250_000,
}

describe("cash on delivery is for shipped goods", () => {
  it("accepts shipped items with a shipping method", () => {
    expect(() => assertCodFitsCart({ ...cod, items: [{ requires_shipping: true }], shipping_methods: [{}] })).not.toThrow()
  })
  it("refuses an item that ships nothing, or no shipping method", () => {
    expect(() =>
      assertCodFitsCart({ ...cod, items: [{ requires_shipping: false, title: "Du lịch làng quê Yên Đức" }], shipping_methods: [{}] })
    ).toThrow(/Yên Đức/)
    expect(() => assertCodFitsCart({ ...cod, items: [{ requires_shipping: true }], shipping_methods: [] })).toThrow(/shipping method/)
  })
  it("does not concern other payment methods", () => {
    const vietqr = { payment_collection: { payment_sessions: [{ provider_id: "pp_vietqr_vietqr", status: "pending" }] } }
    expect(() => assertCodFitsCart({ ...vietqr, items: [{ requires_shipping: false }], shipping_methods: [] })).not.toThrow()
  })
})

describe("cash on delivery is for Vietnamese numbers, up to a total", () => {
  const shipped = { ...cod, items: [{ requires_shipping: true }], shipping_methods: [{}] }
  it("refuses a foreign phone number", () => {
    expect(() => assertCodFitsCart({ ...shipped, shipping_address: { phone: "+447700900123" } })).toThrow(/Vietnamese phone number.*VietQR or card/)
  })
  it("refuses a total above the limit, which is configurable", () => {
    expect(() => assertCodFitsCart({ ...shipped, total: 5_000_001 }, 5_000_000)).toThrow(/up to ₫5,000,000/)
    expect(() => assertCodFitsCart({ ...shipped, total: 5_000_000 }, 5_000_000)).not.toThrow()
    expect(() => assertCodFitsCart({ ...shipped, total: 1_250_000 }, 1_000_000)).toThrow(/up to ₫1,000,000/)
  })
})

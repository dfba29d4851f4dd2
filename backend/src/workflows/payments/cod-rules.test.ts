import { describe, expect, it } from "vitest"
import { assertCodFitsCart } from "./cod-rules"

const cod = { payment_collection: { payment_sessions: [{ provider_id: "pp_cod_cod", status: "pending" }] } }

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

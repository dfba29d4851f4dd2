import { describe, expect, it } from "vitest"
import CodPaymentProviderService from "./service"

const provider = () => new CodPaymentProviderService({}, {})

describe("cash-on-delivery payment provider", () => {
  it("is pp_cod_cod once registered with id cod", () => {
    expect(CodPaymentProviderService.identifier).toBe("cod")
  })

  it("keeps the cash amount in whole đồng and refuses other currencies", async () => {
    const { data } = await provider().initiatePayment({ amount: 1_250_000, currency_code: "vnd", data: { session_id: "payses_1" } })
    expect(data).toEqual({ method: "cod", amount: 1_250_000, currency_code: "vnd", session_id: "payses_1" })
    await expect(provider().initiatePayment({ amount: 5, currency_code: "eur", data: {} })).rejects.toThrow(/VND only/)
  })

  it("authorizes without capturing; capture records the collection", async () => {
    const p = provider()
    const authorized = await p.authorizePayment({ data: { method: "cod", amount: 10, session_id: "s", junk: true } })
    expect(authorized).toEqual({ status: "authorized", data: { method: "cod", amount: 10, currency_code: "vnd", session_id: "s" } })
    const captured = await p.capturePayment({ data: authorized.data })
    expect(captured.data).toMatchObject({ amount: 10, collected_at: expect.any(String) })
  })
})

import { describe, expect, it } from "vitest"
import { paymentProviderIds, paymentProviders, SAMPLE_VIETQR_ACCOUNT } from "./providers"
import { vietQrUnpaidTimeoutHours } from "./config"

describe("payment providers from the environment", () => {
  it("registers COD and VietQR (sample account) by default, Stripe only with STRIPE_API_KEY", () => {
    const providers = paymentProviders({}, { production: false })
    expect(providers.map((p) => p.id)).toEqual(["cod", "vietqr"])
    expect(providers[1]!.options).toMatchObject({ bankBin: "970436", accountNumber: SAMPLE_VIETQR_ACCOUNT.accountNumber })
    expect(paymentProviderIds({})).toEqual(["pp_cod_cod", "pp_vietqr_vietqr"])

    const withStripe = paymentProviders({ STRIPE_API_KEY: "sk_test_x", STRIPE_WEBHOOK_SECRET: "whsec_x" }, { production: false })
    expect(withStripe.map((p) => p.id)).toEqual(["cod", "vietqr", "stripe"])
    expect(withStripe[2]).toMatchObject({
      resolve: "@medusajs/medusa/payment-stripe",
      options: { apiKey: "sk_test_x", webhookSecret: "whsec_x", capture: false },
    })
    expect(paymentProviderIds({ STRIPE_API_KEY: "sk" })).toEqual(["pp_cod_cod", "pp_vietqr_vietqr", "pp_stripe_stripe"])
  })

  it("takes the receiving account from VIETQR_* and refuses the sample account in production", () => {
    const env = { VIETQR_BANK_BIN: "970415", VIETQR_ACCOUNT_NUMBER: "123456789", VIETQR_ACCOUNT_NAME: "HTX OCOP" }
    expect(paymentProviders(env, { production: true })[1]!.options).toMatchObject({
      bankBin: "970415",
      accountNumber: "123456789",
      accountName: "HTX OCOP",
    })
    expect(() => paymentProviders({}, { production: true })).toThrow(/VIETQR_ACCOUNT_NUMBER/)
  })

  it("reads VIETQR_UNPAID_TIMEOUT_HOURS (default 24)", () => {
    expect(vietQrUnpaidTimeoutHours({})).toBe(24)
    expect(vietQrUnpaidTimeoutHours({ VIETQR_UNPAID_TIMEOUT_HOURS: "6" })).toBe(6)
    expect(() => vietQrUnpaidTimeoutHours({ VIETQR_UNPAID_TIMEOUT_HOURS: "-1" })).toThrow()
  })
})

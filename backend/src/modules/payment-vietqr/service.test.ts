import { BigNumber } from "@medusajs/framework/utils"
import { parseVietQr } from "@ocop/vietqr"
import { describe, expect, it } from "vitest"
import VietQrPaymentProviderService, { vietQrReference } from "./service"

const OPTIONS = { bankBin: "970436", accountNumber: "0011000999888", accountName: "OCOP TEST", bankName: "Vietcombank" }
const provider = () => new VietQrPaymentProviderService({}, OPTIONS)
const SESSION = "payses_01JD2X9K3M7QABCDEFGHJK1234"
const REFERENCE = "OCOPEFGHJK1234" // prefix + the last 10 characters of the session's ULID

describe("VietQR payment provider", () => {
  it("is pp_vietqr_vietqr once registered with id vietqr", () => {
    expect(VietQrPaymentProviderService.identifier).toBe("vietqr")
  })

  it("initiates with the payload, amount and reference in the session data", async () => {
    const { id, data } = await provider().initiatePayment({
      amount: new BigNumber(1_250_000),
      currency_code: "vnd",
      data: { session_id: SESSION },
    })
    expect(id).toBe(REFERENCE)
    expect(data).toMatchObject({
      method: "vietqr",
      reference: REFERENCE,
      amount: 1_250_000,
      currency_code: "vnd",
      bank_bin: "970436",
      account_number: "0011000999888",
      account_name: "OCOP TEST",
      bank_name: "Vietcombank",
    })
    expect(parseVietQr(data!.payload as string)).toMatchObject({
      bankBin: "970436",
      accountNumber: "0011000999888",
      amount: 1_250_000,
      reference: data!.reference,
      pointOfInitiation: "dynamic",
    })
  })

  it("derives the reference from the session's ULID, with a prefix", () => {
    expect(vietQrReference(SESSION)).toBe(REFERENCE)
    expect(vietQrReference(SESSION, "QN")).toBe("QNEFGHJK1234")
    expect(vietQrReference(undefined)).toMatch(/^OCOP[0-9A-F]{10}$/)
  })

  it("refuses other currencies and rounds a fractional VND total", async () => {
    await expect(provider().initiatePayment({ amount: 10, currency_code: "usd", data: {} })).rejects.toThrow(/VND only/)
    const { data } = await provider().initiatePayment({ amount: "1250000.4", currency_code: "vnd", data: {} })
    expect(data!.amount).toBe(1_250_000)
  })

  it("keeps the reference when the amount changes", async () => {
    const p = provider()
    const { data } = await p.initiatePayment({ amount: 100_000, currency_code: "vnd", data: { session_id: SESSION } })
    const updated = await p.updatePayment({ amount: 130_000, currency_code: "vnd", data: data! })
    expect(updated.data).toMatchObject({ reference: data!.reference, amount: 130_000 })
    expect(parseVietQr(updated.data!.payload as string).amount).toBe(130_000)
  })

  it("authorizes (order placed, awaiting transfer) with only its own fields", async () => {
    const p = provider()
    const { data } = await p.initiatePayment({ amount: 100_000, currency_code: "vnd", data: { session_id: SESSION } })
    const authorized = await p.authorizePayment({ data: { ...data, received_at: "forged", extra: 1 } })
    expect(authorized.status).toBe("authorized")
    expect(authorized.data).toEqual(data)
    await expect(p.authorizePayment({ data: {} })).rejects.toThrow(/no payload/)
  })

  it("records capture and cancellation", async () => {
    const p = provider()
    expect((await p.capturePayment({ data: { reference: "R" } })).data).toMatchObject({ reference: "R", received_at: expect.any(String) })
    expect((await p.getPaymentStatus({ data: { received_at: "x" } })).status).toBe("captured")
    expect((await p.getPaymentStatus({ data: { canceled_at: "x" } })).status).toBe("canceled")
    expect((await p.getWebhookActionAndData({ data: {}, rawData: "", headers: {} })).action).toBe("not_supported")
  })

  it("validates its options", () => {
    expect(() => VietQrPaymentProviderService.validateOptions(OPTIONS)).not.toThrow()
    expect(() => VietQrPaymentProviderService.validateOptions({ ...OPTIONS, bankBin: "9704" })).toThrow(/6 digits/)
    expect(() => VietQrPaymentProviderService.validateOptions({ ...OPTIONS, accountNumber: "12-34" })).toThrow(/account number/)
    expect(() => VietQrPaymentProviderService.validateOptions({ ...OPTIONS, accountName: " " })).toThrow(/accountName/)
    expect(() => VietQrPaymentProviderService.validateOptions({ ...OPTIONS, referencePrefix: "TOO-LONG!" })).toThrow(/referencePrefix/)
  })
})

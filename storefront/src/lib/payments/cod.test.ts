import { afterEach, describe, expect, it } from "vitest";
import { codRefusalFor, withoutRefusedCod } from "./cod";

const cart = (phone: string | null, amount: number) => ({
  shippingAddress: phone ? { fullName: "Lan", phone, street: "1", provinceCode: "22", communeCode: "06652", communeName: null, province: null } : null,
  total: { amount, currencyCode: "vnd" },
});
const choices = { ok: true as const, data: [{ kind: "cod" }, { kind: "vietqr" }] };

describe("cash on delivery at checkout", () => {
  afterEach(() => {
    delete process.env.OCOP_COD_MAX_TOTAL;
  });

  it("stays for a Vietnamese number up to 5,000,000 ₫", () => {
    expect(codRefusalFor(cart("+84912345678", 5_000_000))).toBeNull();
    expect(withoutRefusedCod(choices, null)).toEqual(choices);
  });

  it("goes, with the reason, for a foreign number or a larger total", () => {
    expect(codRefusalFor(cart("+447700900123", 100_000))).toEqual({ code: "foreign_phone" });
    expect(codRefusalFor(cart("+84912345678", 5_000_001))).toEqual({ code: "over_limit", limit: 5_000_000 });
    expect(withoutRefusedCod(choices, { code: "foreign_phone" })).toEqual({ ok: true, data: [{ kind: "vietqr" }] });
  });

  it("follows OCOP_COD_MAX_TOTAL", () => {
    process.env.OCOP_COD_MAX_TOTAL = "1000000";
    expect(codRefusalFor(cart("+84912345678", 1_250_000))).toEqual({ code: "over_limit", limit: 1_000_000 });
  });
});

import { describe, expect, it } from "vitest";
import { codRefusal, DEFAULT_COD_MAX_TOTAL_VND, parseCodMaxTotal } from "./cod";

describe("codRefusal", () => {
  it("offers cash on delivery to Vietnamese numbers up to the limit", () => {
    expect(codRefusal("+84912345678", 1_250_000)).toBeNull();
    expect(codRefusal("+84912345678", DEFAULT_COD_MAX_TOTAL_VND)).toBeNull();
  });

  it("refuses it above the limit, and for foreign or missing numbers", () => {
    expect(codRefusal("+84912345678", 5_000_001)).toEqual({ code: "over_limit", limit: 5_000_000 });
    expect(codRefusal("+84912345678", 2_000_000, 1_000_000)).toEqual({ code: "over_limit", limit: 1_000_000 });
    expect(codRefusal("+447700900123", 100_000)).toEqual({ code: "foreign_phone" });
    expect(codRefusal(null, 100_000)).toEqual({ code: "foreign_phone" });
  });
});

describe("parseCodMaxTotal", () => {
  it("reads whole đồng, 5,000,000 when unset, and refuses nonsense", () => {
    expect(parseCodMaxTotal(undefined)).toBe(5_000_000);
    expect(parseCodMaxTotal(" ")).toBe(5_000_000);
    expect(parseCodMaxTotal("3000000")).toBe(3_000_000);
    expect(() => parseCodMaxTotal("5tr")).toThrow(/OCOP_COD_MAX_TOTAL/);
    expect(() => parseCodMaxTotal("-1")).toThrow(/OCOP_COD_MAX_TOTAL/);
  });
});

import { describe, expect, it } from "vitest";
import { assertVndAmount, checkVndAmount, formatVnd, isVndAmount } from "./money";

const NBSP = "\u00A0";

describe("formatVnd", () => {
  it("formats Vietnamese style with dot grouping, a non-breaking space and ₫", () => {
    expect(formatVnd(1_250_000)).toBe(`1.250.000${NBSP}₫`);
    expect(formatVnd(1_250_000, "vi")).toBe(`1.250.000${NBSP}₫`);
    // The separator really is U+00A0, not an ordinary space.
    expect(formatVnd(1_250_000)).not.toBe("1.250.000 ₫");
  });

  it("formats English style as Intl does for en-US", () => {
    expect(formatVnd(1_250_000, "en")).toBe("₫1,250,000");
  });

  it("shows no decimal places", () => {
    expect(formatVnd(0)).toBe(`0${NBSP}₫`);
    expect(formatVnd(999)).toBe(`999${NBSP}₫`);
    expect(formatVnd(13_500_000)).toBe(`13.500.000${NBSP}₫`);
    expect(formatVnd(120_000, "en")).toBe("₫120,000");
  });

  it("shows negative amounts (refunds) with a minus sign", () => {
    expect(formatVnd(-50_000)).toBe(`-50.000${NBSP}₫`);
    expect(formatVnd(-50_000, "en")).toBe("-₫50,000");
    expect(formatVnd(-0)).toBe(`0${NBSP}₫`);
  });

  it("refuses fractions instead of rounding them", () => {
    expect(() => formatVnd(1234.5)).toThrow("formatVnd needs a whole number of đồng (VND has no minor unit); got 1234.5");
    expect(() => formatVnd(Number.NaN)).toThrow(RangeError);
    expect(() => formatVnd(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => formatVnd("1000" as unknown as number)).toThrow(RangeError);
  });

  it("refuses unknown locales", () => {
    expect(() => formatVnd(1000, "fr" as "vi")).toThrow('unsupported locale "fr"; use "vi" or "en"');
  });
});

describe("assertVndAmount / checkVndAmount / isVndAmount", () => {
  it("accepts whole non-negative đồng", () => {
    expect(() => assertVndAmount(0)).not.toThrow();
    expect(() => assertVndAmount(1_250_000)).not.toThrow();
    expect(() => assertVndAmount(Number.MAX_SAFE_INTEGER)).not.toThrow();
    expect(isVndAmount(15_000_000)).toBe(true);
  });

  it("rejects fractions with a clear message", () => {
    expect(() => assertVndAmount(1250.5)).toThrow(
      "VND amount must be a whole number of đồng (VND has no minor unit); got 1250.5",
    );
    expect(() => assertVndAmount(0.01)).toThrow(RangeError);
  });

  it("rejects negatives, NaN, infinities and unsafe integers", () => {
    expect(() => assertVndAmount(-1)).toThrow("VND amount must not be negative; got -1");
    expect(() => assertVndAmount(Number.NaN)).toThrow("VND amount must be a number of đồng; got NaN");
    expect(() => assertVndAmount(Number.POSITIVE_INFINITY)).toThrow("VND amount must be finite; got Infinity");
    expect(() => assertVndAmount(2 ** 53)).toThrow("VND amount is too large to be exact");
  });

  it("rejects non-numbers with a TypeError", () => {
    expect(() => assertVndAmount("1250000")).toThrow(TypeError);
    expect(() => assertVndAmount(null)).toThrow("VND amount must be a number of đồng; got object");
    expect(() => assertVndAmount(1_250_000n)).toThrow(TypeError);
    expect(isVndAmount(undefined)).toBe(false);
  });

  it("checkVndAmount returns null or the reason", () => {
    expect(checkVndAmount(100)).toBeNull();
    expect(checkVndAmount(-0.5)).toBe("VND amount must be a whole number of đồng (VND has no minor unit); got -0.5");
  });
});

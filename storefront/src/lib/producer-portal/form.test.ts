import { describe, expect, it } from "vitest";
import { wholeNumber } from "./form";

describe("wholeNumber", () => {
  it("reads đồng amounts written with dots, spaces or the currency sign", () => {
    expect(wholeNumber("250.000")).toBe(250000);
    expect(wholeNumber("1 250 000 ₫")).toBe(1250000);
    expect(wholeNumber("12")).toBe(12);
    expect(wholeNumber("-3")).toBe(-3);
  });
  it("refuses what is not a whole number", () => {
    expect(wholeNumber("")).toBeNull();
    expect(wholeNumber("abc")).toBeNull();
    expect(wholeNumber("12a")).toBeNull();
  });
});

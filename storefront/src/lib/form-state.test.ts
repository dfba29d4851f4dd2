import { describe, expect, it } from "vitest";
import { answer, initialFormState, wholeNumber } from "./form-state";

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

describe("answer", () => {
  it("is ok only without problems, and counts every answer", () => {
    const first = initialFormState<"email">();
    const fine = answer(first, { email: "a@b.vn" });
    expect(fine).toEqual({ seq: 1, ok: true, errors: {}, formError: null, values: { email: "a@b.vn" } });
    expect(answer(fine, {}, { email: { code: "emailInvalid" } }).ok).toBe(false);
    expect(answer(fine, {}, {}, { code: "backend" })).toMatchObject({ seq: 2, ok: false });
  });
});

import { describe, expect, it } from "vitest";
import { formatPhone, isVietnamesePhone, normalizePhone } from "./phone";

describe("normalizePhone", () => {
  it.each([
    ["0912 345 678", "+84912345678"],
    ["+84 912.345.678", "+84912345678"],
    ["(+84) 912-345-678", "+84912345678"],
    ["024 3825 3536", "+842438253536"],
    ["+44 7700 900123", "+447700900123"],
    ["+1 (415) 555-2671", "+14155552671"],
    ["+33 6 12 34 56 78", "+33612345678"],
  ])("%s → %s", (input, e164) => {
    expect(normalizePhone(input)).toBe(e164);
  });

  it.each(["", "abc", "0912 abc 678", "12", "0123", "+84 12", "091234567890123", "phone: 0912345678"])("%j is not a phone number", (input) => {
    expect(normalizePhone(input)).toBeNull();
  });
});

describe("formatPhone", () => {
  it("writes Vietnamese mobiles as people do, foreign numbers internationally", () => {
    expect(formatPhone("+84912345678")).toBe("0912 345 678");
    expect(formatPhone("+447700900123")).toBe("+44 7700 900123");
    expect(formatPhone("not a number")).toBe("not a number");
  });

  it("tells Vietnamese numbers from others", () => {
    expect(isVietnamesePhone("+84912345678")).toBe(true);
    expect(isVietnamesePhone("+447700900123")).toBe(false);
  });
});

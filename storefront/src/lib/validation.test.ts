import { describe, expect, it } from "vitest";
import { checkAddress, checkEmail, checkPhone, formatVnPhone, normalizeVnPhone, parseQuantity } from "./validation";

describe("normalizeVnPhone", () => {
  it("accepts +84 or 0 followed by 9 digits, ignoring separators", () => {
    expect(normalizeVnPhone("0912345678")).toBe("+84912345678");
    expect(normalizeVnPhone("0912 345 678")).toBe("+84912345678");
    expect(normalizeVnPhone("+84 912.345.678")).toBe("+84912345678");
    expect(normalizeVnPhone("(+84) 912-345-678")).toBe("+84912345678");
  });

  it("refuses other shapes", () => {
    for (const bad of ["", "912345678", "091234567", "09123456789", "84912345678", "+8491234567", "+1 912 345 678", "0912abc678"]) {
      expect(normalizeVnPhone(bad), bad).toBeNull();
    }
  });

  it("writes numbers back the way people read them", () => {
    expect(formatVnPhone("+84912345678")).toBe("0912 345 678");
    expect(formatVnPhone("12345")).toBe("12345");
  });
});

describe("checks", () => {
  it("tells a missing phone from an invalid one", () => {
    expect(checkPhone("")).toEqual({ code: "phoneRequired" });
    expect(checkPhone("12345")).toEqual({ code: "phoneInvalid" });
    expect(checkPhone("0912 345 678")).toBeNull();
  });

  it("checks emails by shape", () => {
    expect(checkEmail("")).toEqual({ code: "emailRequired" });
    expect(checkEmail("lan@")).toEqual({ code: "emailInvalid" });
    expect(checkEmail("lan@example.vn")).toBeNull();
  });

  it("needs a commune among the 54 units", () => {
    const base = { fullName: "Nguyễn Thị Lan", phone: "0912345678", street: "12 Trần Hưng Đạo" };
    expect(checkAddress({ ...base, communeCode: "" })).toEqual({ communeCode: { code: "communeRequired" } });
    expect(checkAddress({ ...base, communeCode: "99999" })).toEqual({ communeCode: { code: "communeRequired" } });
    expect(checkAddress({ ...base, communeCode: "06652" })).toEqual({});
    expect(Object.keys(checkAddress({ fullName: "", phone: "", street: "", communeCode: "" })).sort()).toEqual([
      "communeCode",
      "fullName",
      "phone",
      "street",
    ]);
  });

  it("reads quantities from 1 to 999", () => {
    expect(parseQuantity("3")).toBe(3);
    expect(parseQuantity(" 12 ")).toBe(12);
    for (const bad of ["0", "-1", "1.5", "1000", "", "abc"]) expect(parseQuantity(bad), bad).toBeNull();
  });
});

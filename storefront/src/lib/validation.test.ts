import { describe, expect, it } from "vitest";
import { checkAddress, checkEmail, checkPhone, formatPhone, normalizePhone, parseQuantity } from "./validation";

describe("normalizePhone", () => {
  it("reads Vietnamese numbers with +84 or 0, ignoring separators", () => {
    expect(normalizePhone("0912345678")).toBe("+84912345678");
    expect(normalizePhone("0912 345 678")).toBe("+84912345678");
    expect(normalizePhone("+84 912.345.678")).toBe("+84912345678");
    expect(normalizePhone("(+84) 912-345-678")).toBe("+84912345678");
  });

  it("accepts foreign numbers with their country code (issue 13: visitors buy too)", () => {
    expect(normalizePhone("+44 7700 900123")).toBe("+447700900123");
    expect(normalizePhone("+1 (415) 555-2671")).toBe("+14155552671");
  });

  it("refuses what is not a phone number", () => {
    for (const bad of ["", "091234567", "09123456789", "+8491234567", "+1 912", "0912abc678", "hello"]) {
      expect(normalizePhone(bad), bad).toBeNull();
    }
  });

  it("writes numbers back the way people read them", () => {
    expect(formatPhone("+84912345678")).toBe("0912 345 678");
    expect(formatPhone("+447700900123")).toBe("+44 7700 900123");
    expect(formatPhone("12345")).toBe("12345");
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

  it("needs a province, then one of its communes", () => {
    const base = { fullName: "Nguyễn Thị Lan", phone: "0912345678", street: "12 Trần Hưng Đạo" };
    expect(checkAddress({ ...base, provinceCode: "22", communeCode: "" })).toEqual({ communeCode: { code: "communeRequired" } });
    expect(checkAddress({ ...base, provinceCode: "22", communeCode: "99999" })).toEqual({ communeCode: { code: "communeRequired" } });
    expect(checkAddress({ ...base, provinceCode: "22", communeCode: "06652" })).toEqual({});
    expect(checkAddress({ ...base, provinceCode: "01", communeCode: "00004" })).toEqual({});
    expect(checkAddress({ ...base, provinceCode: "22", communeCode: "00004" })).toEqual({ communeCode: { code: "communeNotInProvince" } });
    expect(checkAddress({ ...base, provinceCode: "", communeCode: "00004" })).toEqual({ provinceCode: { code: "provinceRequired" } });
    expect(Object.keys(checkAddress({ fullName: "", phone: "", street: "", provinceCode: "", communeCode: "" })).sort()).toEqual([
      "fullName",
      "phone",
      "provinceCode",
      "street",
    ]);
  });

  it("reads quantities from 1 to 999", () => {
    expect(parseQuantity("3")).toBe(3);
    expect(parseQuantity(" 12 ")).toBe(12);
    for (const bad of ["0", "-1", "1.5", "1000", "", "abc"]) expect(parseQuantity(bad), bad).toBeNull();
  });
});

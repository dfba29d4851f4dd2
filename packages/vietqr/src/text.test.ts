import { describe, expect, it } from "vitest";
import { foldDiacritics, isPrintableAscii, toReference } from "./text";

describe("folding Vietnamese for bank statements", () => {
  it("removes tones and marks and maps đ/Đ, keeping case", () => {
    expect(foldDiacritics("Thanh toán đơn ĐH1042")).toBe("Thanh toan don DH1042");
    expect(foldDiacritics("Trà hoa vàng Ba Chẽ — Quảng Ninh")).toBe("Tra hoa vang Ba Che — Quang Ninh");
    expect(foldDiacritics("Nguyễn Văn Ậ ự ỹ")).toBe("Nguyen Van A u y");
  });

  it("makes a reference of letters, digits and spaces, at most 25 long, no trailing space", () => {
    expect(toReference("Đơn hàng #1042 – Trà hoa vàng")).toBe("Don hang 1042 Tra hoa van");
    expect(toReference("  a   b  ")).toBe("a b");
    expect(toReference("abcdefghijklmnopqrstuvwx yz")).toBe("abcdefghijklmnopqrstuvwx");
    expect(toReference("—")).toBe("");
  });

  it("knows printable ASCII", () => {
    expect(isPrintableAscii("OCOP 1042 ~!")).toBe(true);
    expect(isPrintableAscii("đ")).toBe(false);
    expect(isPrintableAscii("a\nb")).toBe(false);
  });
});

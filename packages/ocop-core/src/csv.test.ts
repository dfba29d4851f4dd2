import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "./csv";

describe("toCsv", () => {
  it("writes a byte-order mark, CRLF lines, and quotes what needs quoting", () => {
    expect(toCsv([["Sản phẩm", "Giá"], ['Trà "hoa vàng", 100g', 1_220_000]])).toBe(
      '\uFEFFSản phẩm,Giá\r\n"Trà ""hoa vàng"", 100g",1220000\r\n'
    );
  });
  it("defuses text a spreadsheet would run as a formula, keeps negative numbers as numbers", () => {
    for (const formula of ["=HYPERLINK(\"x\")", "+1", "-2+3", "@SUM(A1)", "\tx"]) expect(csvCell(formula).startsWith('"\'')).toBe(true);
    expect(csvCell(-15_000)).toBe("-15000");
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
  });
});

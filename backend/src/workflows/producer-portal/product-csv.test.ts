import { describe, expect, it } from "vitest"
import { parseCsv, parseGroupCell, parseStockCell, parseVndCell, readProductCsv } from "./product-csv"

const utf8 = (text: string) => new TextEncoder().encode(text)

describe("product CSV cells", () => {
  it("reads VND amounts as whole đồng", () => {
    expect(parseVndCell("1250000")).toEqual({ value: 1_250_000 })
    expect(parseVndCell("1.250.000")).toEqual({ value: 1_250_000 })
    expect(parseVndCell("1,250,000")).toEqual({ value: 1_250_000 })
    expect(parseVndCell("1 250 000 ₫")).toEqual({ value: 1_250_000 })
    expect(parseVndCell("85.000đ")).toEqual({ value: 85_000 })
    expect(parseVndCell("0")).toEqual({ value: 0 })
    expect(parseVndCell("12.5")).toEqual({ message: expect.stringMatching(/số nguyên đồng/) })
    expect(parseVndCell("1250,50")).toEqual({ message: expect.stringMatching(/số nguyên đồng/) })
    expect(parseVndCell("-5000")).toEqual({ message: expect.stringMatching(/không được âm/) })
    expect(parseVndCell("")).toEqual({ message: "thiếu giá" })
    expect(parseVndCell("liên hệ")).toEqual({ message: expect.stringMatching(/không phải là số/) })
    expect(parseVndCell("1.25.000")).toEqual({ message: expect.stringMatching(/không phải là số/) })
  })

  it("reads stock: blank is 0, never below zero or fractional", () => {
    expect(parseStockCell("")).toEqual({ value: 0 })
    expect(parseStockCell(" 12 ")).toEqual({ value: 12 })
    expect(parseStockCell("1.200")).toEqual({ value: 1_200 })
    expect(parseStockCell("-1")).toEqual({ message: expect.stringMatching(/không được âm/) })
    expect(parseStockCell("2,5")).toEqual({ message: expect.stringMatching(/số nguyên/) })
  })

  it("reads groups by slug, number or name, with or without accents", () => {
    expect(parseGroupCell("")).toEqual({ value: null })
    expect(parseGroupCell("food")).toEqual({ value: "food" })
    expect(parseGroupCell("Thực phẩm")).toEqual({ value: "food" })
    expect(parseGroupCell("thuc pham")).toEqual({ value: "food" })
    expect(parseGroupCell("4")).toEqual({ value: "handicraft" })
    expect(parseGroupCell("Đồ uống")).toEqual({ value: "beverage" })
    expect(parseGroupCell("Dược liệu")).toEqual({ value: "herbal" })
    expect(parseGroupCell("Handicrafts")).toEqual({ value: "handicraft" })
    expect(parseGroupCell("đá quý")).toEqual({ message: expect.stringMatching(/^nhóm "đá quý" không có/) })
  })

  it("parses quoted cells with commas, quotes and line breaks", () => {
    const { records } = parseCsv('a,b\r\n"x, y","say ""hi""\nthere"\n', ",")
    expect(records).toEqual([
      { line: 1, cells: ["a", "b"] },
      { line: 2, cells: ["x, y", 'say "hi"\nthere'] },
    ])
    expect(parseCsv('a\n"open', ",").error).toMatch(/không đóng/)
  })
})

describe("readProductCsv", () => {
  const header = "tên sản phẩm,mô tả,giá (VND),tồn kho,nhóm"

  it("turns valid rows into products (BOM, CRLF, semicolons and header variants accepted)", () => {
    const outcome = readProductCsv(utf8(`\uFEFF${header}\r\nTrà hoa vàng,"Hoa sấy, hộp 50g",1.250.000,12,Thực phẩm\r\nMiến dong,,60000,,food\r\n`))
    expect(outcome).toEqual({
      ok: true,
      row_count: 2,
      rows: [
        {
          row: 2,
          product: {
            title: "Trà hoa vàng",
            description: "Hoa sấy, hộp 50g",
            group: "food",
            variants: [{ title: "Mặc định", sku: null, price: 1_250_000, stock: 12 }],
          },
        },
        { row: 3, product: { title: "Miến dong", description: null, group: "food", variants: [{ title: "Mặc định", sku: null, price: 60_000, stock: 0 }] } },
      ],
    })
    const semi = readProductCsv(utf8("Ten san pham;Gia (VND)\nGốm;350.000\n"))
    expect(semi.ok && semi.rows[0]!.product.variants[0]!.price).toBe(350_000)
  })

  it("reports every bad row with its line and column", () => {
    const outcome = readProductCsv(
      utf8(`${header}\nA,,-1,,\n,,1000,,\nB,,12.5,-2,đá quý\nA,,1000,,\nC,,1000,,\n`)
    )
    expect(outcome.ok).toBe(false)
    if (outcome.ok || outcome.kind !== "rows") throw new Error("expected row errors")
    expect(outcome.row_count).toBe(5)
    expect(outcome.errors).toEqual([
      { row: 2, column: "giá (VND)", message: 'giá không được âm (nhận "-1")' },
      { row: 3, column: "tên sản phẩm", message: "thiếu tên sản phẩm" },
      { row: 4, column: "giá (VND)", message: 'giá phải là số nguyên đồng, không có phần thập phân (nhận "12.5")' },
      { row: 4, column: "tồn kho", message: 'tồn kho không được âm (nhận "-2")' },
      { row: 4, column: "nhóm", message: expect.stringMatching(/^nhóm "đá quý" không có/) },
      { row: 5, column: "tên sản phẩm", message: "trùng tên với dòng 2" },
    ])
  })

  it("refuses the file for its columns, encoding, size or emptiness", () => {
    const wrong = readProductCsv(utf8("name,price,colour\nX,1,red\n"))
    expect(wrong).toEqual({ ok: false, kind: "file", message: expect.stringMatching(/^Sai cột: thiếu cột "tên sản phẩm", "giá \(VND\)"; cột không nhận ra: "name", "price", "colour"/) })
    const twice = readProductCsv(utf8("tên sản phẩm,giá (VND),giá\nX,1,2\n"))
    expect(twice).toMatchObject({ ok: false, kind: "file", message: expect.stringMatching(/cột lặp lại: "giá"/) })
    // "Trà" in Windows-1258 / Latin-1 bytes: not UTF-8.
    const latin1 = new Uint8Array([...utf8("tên sản phẩm,giá (VND)\n").slice(0, 0), 0x74, 0xea, 0x6e, 0x2c, 0x67, 0x69, 0xe1, 0x0a, 0x54, 0x72, 0xe0, 0x2c, 0x31, 0x0a])
    expect(readProductCsv(latin1)).toMatchObject({ ok: false, kind: "file", message: expect.stringMatching(/không phải mã UTF-8/) })
    expect(readProductCsv(new Uint8Array([0xff, 0xfe, 0x41, 0x00]))).toMatchObject({ ok: false, kind: "file" })
    expect(readProductCsv(utf8(""))).toMatchObject({ ok: false, kind: "file", message: expect.stringMatching(/^Tệp trống/) })
    expect(readProductCsv(utf8(`${header}\n\n`))).toMatchObject({ ok: false, kind: "file", message: expect.stringMatching(/không có dòng sản phẩm/) })
    const rows = Array.from({ length: 1001 }, (_, i) => `Sản phẩm ${i},1000,1`).join("\n")
    expect(readProductCsv(utf8(`tên sản phẩm,giá (VND),tồn kho\n${rows}\n`))).toEqual({
      ok: false,
      kind: "file",
      message: "Tệp có 1.001 dòng sản phẩm; mỗi lần nhập tối đa 1.000 dòng. Hãy chia tệp ra.",
    })
  })
})

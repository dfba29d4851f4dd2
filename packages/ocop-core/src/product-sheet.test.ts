import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import {
  decodeSheet,
  encodeWindows1258,
  parseCsv,
  parseGroupCell,
  parseStockCell,
  parseVndCell,
  productSheetTemplate,
  readProductSheet,
  rowsWithErrors,
} from "./product-sheet";

const utf8 = (text: string) => new TextEncoder().encode(text);
const VIETNAMESE = "Trà hoa vàng Đạp Thanh, mật ong rừng U Minh, nước mắm Phú Quốc, gạo ST25 Sóc Trăng, bánh đậu xanh Hải Dương";

describe("decodeSheet", () => {
  it("reads UTF-8 with and without a byte-order mark", () => {
    expect(decodeSheet(utf8(VIETNAMESE))).toEqual({ text: VIETNAMESE, encoding: "utf-8" });
    expect(decodeSheet(utf8(`\uFEFF${VIETNAMESE}`))).toEqual({ text: VIETNAMESE, encoding: "utf-8" });
    // macOS writes decomposed letters: composed on reading, so names compare equal.
    expect(decodeSheet(utf8(VIETNAMESE.normalize("NFD"))).text).toBe(VIETNAMESE);
  });

  it("reads UTF-16 LE and BE by their byte-order mark", () => {
    const le = new Uint8Array([0xff, 0xfe, ...iconv.encode(VIETNAMESE, "utf-16le")]);
    const be = new Uint8Array([0xfe, 0xff, ...iconv.encode(VIETNAMESE, "utf-16be")]);
    expect(decodeSheet(le)).toEqual({ text: VIETNAMESE, encoding: "utf-16le" });
    expect(decodeSheet(be)).toEqual({ text: VIETNAMESE, encoding: "utf-16be" });
  });

  it("reads bytes that are not UTF-8 as Windows-1258, tones composed", () => {
    const bytes = encodeWindows1258(VIETNAMESE);
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toThrow();
    // Excel's form: "ậ" is "â" (one byte) + combining dot below (0xF2), not a precomposed letter.
    expect([...encodeWindows1258("ậ")]).toEqual([0xe2, 0xf2]);
    expect([...encodeWindows1258("ở")]).toEqual([0xf5, 0xd2]);
    expect(decodeSheet(bytes)).toEqual({ text: VIETNAMESE, encoding: "windows-1258" });
  });
});

describe("product sheet cells", () => {
  it("reads VND amounts as whole đồng", () => {
    expect(parseVndCell("1250000")).toEqual({ value: 1_250_000 });
    expect(parseVndCell("1.250.000")).toEqual({ value: 1_250_000 });
    expect(parseVndCell("1,250,000")).toEqual({ value: 1_250_000 });
    expect(parseVndCell("1 250 000 ₫")).toEqual({ value: 1_250_000 });
    expect(parseVndCell("85.000đ")).toEqual({ value: 85_000 });
    expect(parseVndCell("0")).toEqual({ value: 0 });
    expect(parseVndCell("12.5")).toEqual({ message: expect.stringMatching(/số nguyên đồng/) });
    expect(parseVndCell("1250,50")).toEqual({ message: expect.stringMatching(/số nguyên đồng/) });
    expect(parseVndCell("-5000")).toEqual({ message: expect.stringMatching(/không được âm/) });
    expect(parseVndCell("")).toEqual({ message: "thiếu giá" });
    expect(parseVndCell("liên hệ")).toEqual({ message: expect.stringMatching(/không phải là số/) });
    expect(parseVndCell("1.25.000")).toEqual({ message: expect.stringMatching(/không phải là số/) });
    expect(parseVndCell("-5000", "en")).toEqual({ message: 'the price cannot be negative (got "-5000")' });
  });

  it("reads stock: blank is 0, never below zero or fractional", () => {
    expect(parseStockCell("")).toEqual({ value: 0 });
    expect(parseStockCell(" 12 ")).toEqual({ value: 12 });
    expect(parseStockCell("1.200")).toEqual({ value: 1_200 });
    expect(parseStockCell("-1")).toEqual({ message: expect.stringMatching(/không được âm/) });
    expect(parseStockCell("2,5")).toEqual({ message: expect.stringMatching(/số nguyên/) });
    expect(parseStockCell("2,5", "en")).toEqual({ message: 'stock must be a whole number (got "2,5")' });
  });

  it("reads groups by slug, number or name, with or without accents", () => {
    expect(parseGroupCell("")).toEqual({ value: null });
    expect(parseGroupCell("food")).toEqual({ value: "food" });
    expect(parseGroupCell("Thực phẩm")).toEqual({ value: "food" });
    expect(parseGroupCell("thuc pham")).toEqual({ value: "food" });
    expect(parseGroupCell("4")).toEqual({ value: "handicraft" });
    expect(parseGroupCell("Đồ uống")).toEqual({ value: "beverage" });
    expect(parseGroupCell("Dược liệu")).toEqual({ value: "herbal" });
    expect(parseGroupCell("Handicrafts")).toEqual({ value: "handicraft" });
    expect(parseGroupCell("đá quý")).toEqual({ message: expect.stringMatching(/^nhóm "đá quý" không có/) });
    expect(parseGroupCell("đá quý", "en")).toEqual({ message: expect.stringMatching(/^there is no group "đá quý"/) });
  });

  it("parses quoted cells with commas, quotes and line breaks", () => {
    const { records } = parseCsv('a,b\r\n"x, y","say ""hi""\nthere"\n', ",");
    expect(records).toEqual([
      { line: 1, cells: ["a", "b"] },
      { line: 2, cells: ["x, y", 'say "hi"\nthere'] },
    ]);
    expect(parseCsv('a\n"open', ",").error).toMatch(/không đóng/);
    expect(parseCsv('a\n"open', ",", "en").error).toMatch(/never closed/);
  });
});

describe("readProductSheet", () => {
  const header = "tên sản phẩm,mô tả,giá (VND),tồn kho,nhóm";

  it("turns valid rows into products (BOM, CRLF, semicolons and header variants accepted)", () => {
    const outcome = readProductSheet(utf8(`\uFEFF${header}\r\nTrà hoa vàng,"Hoa sấy, hộp 50g",1.250.000,12,Thực phẩm\r\nMiến dong,,60000,,food\r\n`));
    expect(outcome).toEqual({
      ok: true,
      row_count: 2,
      encoding: "utf-8",
      products: [
        {
          rows: [2],
          product: {
            handle: null,
            title: "Trà hoa vàng",
            description: "Hoa sấy, hộp 50g",
            title_en: null,
            description_en: null,
            group: "food",
            variants: [{ title: "Mặc định", sku: null, price: 1_250_000, stock: 12 }],
          },
        },
        { rows: [3], product: { handle: null, title: "Miến dong", description: null, title_en: null, description_en: null, group: "food", variants: [{ title: "Mặc định", sku: null, price: 60_000, stock: 0 }] } },
      ],
    });
    const semi = readProductSheet(utf8("Ten san pham;Gia (VND)\nGốm;350.000\n"));
    expect(semi.ok && semi.products[0]!.product.variants[0]!.price).toBe(350_000);
  });

  it("makes rows sharing a product code the variants of one product", () => {
    const csv = [
      "mã sản phẩm,tên sản phẩm,loại,giá (VND),tồn kho,mã SKU",
      "mat-ong,Mật ong rừng,Chai 250ml,180.000,5,MO-250",
      "mat-ong,,Chai 500ml,320.000,3,MO-500",
      "gom,Gốm Bát Tràng,,350.000,1,",
      "mat-ong,Mật ong rừng,Chai 1l,600.000,1,MO-1000",
    ].join("\n");
    const outcome = readProductSheet(utf8(csv));
    if (!outcome.ok) throw new Error(JSON.stringify(outcome));
    expect(outcome.products.map((p) => [p.rows, p.product.handle, p.product.title, p.product.variants.map((v) => [v.title, v.price, v.sku])])).toEqual([
      [[2, 3, 5], "mat-ong", "Mật ong rừng", [["Chai 250ml", 180_000, "MO-250"], ["Chai 500ml", 320_000, "MO-500"], ["Chai 1l", 600_000, "MO-1000"]]],
      [[4], "gom", "Gốm Bát Tràng", [["Mặc định", 350_000, null]]],
    ]);
  });

  it("refuses variants without names, repeated variants, a second name for one code and bad codes", () => {
    const csv = [
      "mã sản phẩm,tên sản phẩm,loại,giá (VND)",
      "mat-ong,Mật ong rừng,,180.000",
      "mat-ong,,Chai 500ml,320.000",
      "tra,Trà,Hộp,1000",
      "tra,Trà,Hộp,2000",
      "tra,Trà xanh,Gói,2000",
      "Mật Ong,Mật ong 2,,1000",
    ].join("\n");
    const outcome = readProductSheet(utf8(csv), "en");
    if (outcome.ok || outcome.kind !== "rows") throw new Error("expected row errors");
    expect(outcome.errors.map((e) => [e.row, e.column])).toEqual([
      [3, "loại"],
      [5, "loại"],
      [6, "tên sản phẩm"],
      [7, "mã sản phẩm"],
    ]);
    expect(outcome.errors[1]!.message).toBe('variant "Hộp" is also on row 4');
    expect(rowsWithErrors(outcome.errors)).toBe(4);
    // Only the products without a bad row come back (for the database's checks).
    expect(outcome.products).toEqual([]);
  });

  it("a bad first row of a product is one error, not one more on each of its variants", () => {
    const csv = ["mã sản phẩm,tên sản phẩm,loại,giá (VND),nhóm", "bdx,Bánh đậu xanh,Hộp 200g,85.000,đá quý", "bdx,,Hộp 500g,190.000,", "che,Chè,,10.000,"].join("\n");
    const outcome = readProductSheet(utf8(csv));
    if (outcome.ok || outcome.kind !== "rows") throw new Error("expected row errors");
    expect(outcome.errors.map((e) => [e.row, e.column])).toEqual([[2, "nhóm"]]);
    expect(outcome.products.map((p) => p.product.title)).toEqual(["Chè"]);
  });

  it("reports every bad row with its line and column, in the producer's language", () => {
    const bytes = utf8(`${header}\nA,,-1,,\n,,1000,,\nB,,12.5,-2,đá quý\nA,,1000,,\nC,,1000,,\n`);
    const outcome = readProductSheet(bytes);
    if (outcome.ok || outcome.kind !== "rows") throw new Error("expected row errors");
    expect(outcome.row_count).toBe(5);
    expect(outcome.errors).toEqual([
      { row: 2, column: "giá (VND)", message: 'giá không được âm (nhận "-1")' },
      { row: 3, column: "tên sản phẩm", message: "thiếu tên sản phẩm" },
      { row: 4, column: "giá (VND)", message: 'giá phải là số nguyên đồng, không có phần thập phân (nhận "12.5")' },
      { row: 4, column: "tồn kho", message: 'tồn kho không được âm (nhận "-2")' },
      { row: 4, column: "nhóm", message: expect.stringMatching(/^nhóm "đá quý" không có/) },
      { row: 5, column: "tên sản phẩm", message: "trùng tên với dòng 2" },
    ]);
    // The valid rows' products come back too, for the database's checks.
    expect(outcome.products.map((p) => [p.rows, p.product.title])).toEqual([[[6], "C"]]);
    const en = readProductSheet(bytes, "en");
    expect(!en.ok && en.kind === "rows" && en.errors.map((e) => e.message).slice(0, 2)).toEqual(['the price cannot be negative (got "-1")', "the product name is missing"]);
  });

  it("reads a Windows-1258 sheet like a UTF-8 one", () => {
    const csv = `${header}\r\nTrà hoa vàng Đạp Thanh,Mật ong rừng,250.000,3,Thực phẩm\r\n`;
    const outcome = readProductSheet(encodeWindows1258(csv));
    expect(outcome).toMatchObject({ ok: true, encoding: "windows-1258", products: [{ product: { title: "Trà hoa vàng Đạp Thanh", description: "Mật ong rừng", group: "food" } }] });
  });

  it("the template reads back as its example product, the group lines skipped", () => {
    const template = productSheetTemplate();
    expect(template).toMatch(/# 6\. /);
    const outcome = readProductSheet(utf8(template));
    if (!outcome.ok) throw new Error(JSON.stringify(outcome));
    expect(outcome.products).toHaveLength(1);
    expect(outcome.products[0]!.product.variants.map((v) => v.title)).toEqual(["Hộp 100g", "Hộp 250g"]);
  });

  it("refuses the file for its columns, size or emptiness", () => {
    const wrong = readProductSheet(utf8("name,price,colour\nX,1,red\n"));
    expect(wrong).toEqual({ ok: false, kind: "file", message: expect.stringMatching(/^Sai cột: cột không nhận ra: "colour"/) });
    const missing = readProductSheet(utf8("mô tả,colour\nX,red\n"), "en");
    expect(missing).toEqual({ ok: false, kind: "file", message: expect.stringMatching(/^Wrong columns: missing "tên sản phẩm", "giá \(VND\)"; unknown "colour"/) });
    const twice = readProductSheet(utf8("tên sản phẩm,giá (VND),giá\nX,1,2\n"));
    expect(twice).toMatchObject({ ok: false, kind: "file", message: expect.stringMatching(/cột lặp lại: "giá"/) });
    expect(readProductSheet(utf8(""))).toMatchObject({ ok: false, kind: "file", message: expect.stringMatching(/^Tệp trống/) });
    expect(readProductSheet(utf8(`${header}\n\n`))).toMatchObject({ ok: false, kind: "file", message: expect.stringMatching(/không có dòng sản phẩm/) });
    const rows = Array.from({ length: 1001 }, (_, i) => `Sản phẩm ${i},1000,1`).join("\n");
    expect(readProductSheet(utf8(`tên sản phẩm,giá (VND),tồn kho\n${rows}\n`))).toEqual({
      ok: false,
      kind: "file",
      message: "Tệp có 1.001 dòng sản phẩm; mỗi lần nhập tối đa 1.000 dòng. Hãy chia tệp ra.",
    });
  });
});

describe("readProductSheet: English columns (issue #19)", () => {
  it("reads the optional English title and description, by Vietnamese header or title_en / description_en", () => {
    const vi = readProductSheet(
      utf8(
        "mã sản phẩm,tên sản phẩm,loại,giá (VND),tên tiếng Anh,mô tả tiếng Anh\n" +
          'tra-hoa-vang,Trà hoa vàng,Hộp 100g,250000,Golden camellia tea,"Picked by hand, dried in shade"\n' +
          "tra-hoa-vang,,Hộp 250g,550000,,\n" +
          "mien-dong,Miến dong,,90000,,\n",
      ),
    );
    expect(vi.ok).toBe(true);
    if (!vi.ok) return;
    expect(vi.products.map((e) => [e.product.handle, e.product.title_en, e.product.description_en])).toEqual([
      ["tra-hoa-vang", "Golden camellia tea", "Picked by hand, dried in shade"],
      ["mien-dong", null, null],
    ]);
    const en = readProductSheet(utf8("title,price,title_en,description_en\nMật ong rừng,300000,Wild honey,From U Minh forest\n"), "en");
    expect(en.ok && en.products[0]!.product).toMatchObject({ title: "Mật ong rừng", title_en: "Wild honey", description_en: "From U Minh forest" });
  });

  it("refuses an English title over 200 characters, naming its row and column", () => {
    const outcome = readProductSheet(utf8(`tên sản phẩm,giá (VND),title_en\nTrà,1000,${"x".repeat(201)}\n`), "en");
    expect(outcome.ok).toBe(false);
    if (outcome.ok || outcome.kind !== "rows") throw new Error("expected row errors");
    expect(outcome.errors).toEqual([{ row: 2, column: "tên tiếng Anh", message: "tên tiếng Anh is longer than 200 characters" }]);
  });

  it("puts the English columns in the template with an example", () => {
    const header = productSheetTemplate().split(/\r?\n/)[0]!;
    expect(header).toContain("tên tiếng Anh");
    expect(header).toContain("mô tả tiếng Anh");
    expect(readProductSheet(utf8(productSheetTemplate())).ok && true).toBe(true);
  });
});

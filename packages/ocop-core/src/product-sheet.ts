// Reading a producer's product sheet (the portal's CSV import). Pure: bytes in, either one message
// about the file, a list of problems by row, or the products to create. Vietnamese Excel writes
// "CSV" as Windows-1258 (or UTF-16 for "Unicode text"), so the bytes are decoded by what they are,
// not by what the upload claims. Messages in the producer's language (vi or en).

import iconv from "iconv-lite";
import { toCsv } from "./csv";
import { PRODUCT_GROUPS, type GroupSlug } from "./groups";
import { foldForSearch } from "./text";

export const SHEET_MAX_ROWS = 1_000;
export const SHEET_MAX_BYTES = 2 * 1024 * 1024;
export const SHEET_MAX_STOCK = 1_000_000_000;
export const SHEET_DEFAULT_VARIANT = "Mặc định";
/** The portal's ceilings for a product's texts (backend/src/api/producer/validators.ts). */
export const SHEET_MAX_TITLE = 200;
export const SHEET_MAX_DESCRIPTION = 10_000;
const HANDLE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export type SheetLang = "vi" | "en";
export type SheetEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1258";

// ---------------------------------------------------------------------------------------------
// Bytes → text

/** The text of a sheet: a byte-order mark decides (UTF-8, UTF-16 LE/BE); else valid UTF-8; else Windows-1258. */
export function decodeSheet(bytes: Uint8Array): { text: string; encoding: SheetEncoding } {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let encoding: SheetEncoding;
  let text: string;
  if (buf[0] === 0xff && buf[1] === 0xfe) [encoding, text] = ["utf-16le", iconv.decode(buf.subarray(2), "utf-16le")];
  else if (buf[0] === 0xfe && buf[1] === 0xff) [encoding, text] = ["utf-16be", iconv.decode(buf.subarray(2), "utf-16be")];
  else {
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(buf);
      encoding = "utf-8";
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    } catch {
      [encoding, text] = ["windows-1258", iconv.decode(buf, "windows1258")];
    }
  }
  // Windows-1258 writes tones as combining marks, and macOS exports decomposed text: compose both.
  return { text: text.normalize("NFC"), encoding };
}

const SHAPE_MARKS = new Set(["\u0302", "\u0306", "\u031b"]); // circumflex, breve, horn

/**
 * Vietnamese text as Windows-1258 bytes, the way Excel saves it: base letters with their shape
 * (â, ơ, ư…) precomposed, tones as combining marks. For tests and for sheets sent back to Excel.
 */
export function encodeWindows1258(text: string): Uint8Array {
  let out = "";
  // Each letter with its marks: the shape goes onto the letter, the tone stays combining.
  for (const cluster of text.normalize("NFD").match(/\P{M}\p{M}*|\p{M}+/gu) ?? []) {
    const [base, ...marks] = Array.from(cluster);
    const shape = marks.filter((m) => SHAPE_MARKS.has(m));
    const tones = marks.filter((m) => !SHAPE_MARKS.has(m));
    out += (base! + shape.join("")).normalize("NFC") + tones.join("");
  }
  return new Uint8Array(iconv.encode(out, "windows1258"));
}

// ---------------------------------------------------------------------------------------------
// Text → records

/** RFC 4180 records with the line each starts on; `delimiter` is "," or ";". */
export function parseCsv(text: string, delimiter: string, lang: SheetLang = "vi"): { records: Array<{ line: number; cells: string[] }>; error?: string } {
  const records: Array<{ line: number; cells: string[] }> = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let start = 1;
  let afterQuote = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else {
          quoted = false;
          afterQuote = true;
        }
      } else {
        if (ch === "\n") line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && cell === "" && !afterQuote) {
      quoted = true;
    } else if (ch === delimiter) {
      cells.push(cell);
      cell = "";
      afterQuote = false;
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      cells.push(cell);
      records.push({ line: start, cells });
      cells = [];
      cell = "";
      afterQuote = false;
      line++;
      start = line;
    } else if (afterQuote) {
      if (ch !== " " && ch !== "\t") return { records, error: say(lang).afterQuote(start) };
    } else {
      cell += ch;
    }
  }
  if (quoted) return { records, error: say(lang).openQuote(start) };
  if (cell !== "" || cells.length) {
    cells.push(cell);
    records.push({ line: start, cells });
  }
  return { records };
}

// ---------------------------------------------------------------------------------------------
// Messages

const fmt = (n: number, lang: SheetLang) => n.toLocaleString(lang === "vi" ? "vi-VN" : "en-US");
const groupList = (lang: SheetLang) => PRODUCT_GROUPS.map((g) => (lang === "vi" ? g.vi : g.en)).join("; ");

const MESSAGES = {
  vi: {
    afterQuote: (l: number) => `Dòng ${l}: có ký tự sau dấu ngoặc kép đóng; ô có dấu ngoặc kép phải kết thúc bằng dấu ngoặc kép.`,
    openQuote: (l: number) => `Dòng ${l}: dấu ngoặc kép mở mà không đóng.`,
    empty: "Tệp trống: gửi tệp CSV có dòng tiêu đề và ít nhất một sản phẩm.",
    tooLarge: `Tệp quá lớn; tối đa ${fmt(SHEET_MAX_BYTES, "vi")} byte và ${fmt(SHEET_MAX_ROWS, "vi")} dòng.`,
    noRows: "Tệp không có dòng sản phẩm nào dưới dòng tiêu đề.",
    tooMany: (n: number) => `Tệp có ${fmt(n, "vi")} dòng sản phẩm; mỗi lần nhập tối đa ${fmt(SHEET_MAX_ROWS, "vi")} dòng. Hãy chia tệp ra.`,
    columns: (missing: string[], unknown: string[], twice: string[], expected: string) =>
      `Sai cột: ${[
        missing.length ? `thiếu cột ${missing.join(", ")}` : "",
        unknown.length ? `cột không nhận ra: ${unknown.join(", ")}` : "",
        twice.length ? `cột lặp lại: ${twice.join(", ")}` : "",
      ].filter(Boolean).join("; ")}. Các cột của mẫu: ${expected}.`,
    required: "bắt buộc",
    extraCells: (n: number, h: number) => `dòng có ${n} ô nhưng tiêu đề chỉ có ${h} cột`,
    noTitle: "thiếu tên sản phẩm",
    longTitle: "tên sản phẩm dài quá 200 ký tự",
    longEnglish: (what: string, max: number) => `${what} dài quá ${fmt(max, "vi")} ký tự`,
    sameTitle: (l: number) => `trùng tên với dòng ${l}`,
    noPrice: "thiếu giá",
    negativePrice: (r: string) => `giá không được âm (nhận "${r}")`,
    decimalPrice: (r: string) => `giá phải là số nguyên đồng, không có phần thập phân (nhận "${r}")`,
    notPrice: (r: string) => `giá không phải là số (nhận "${r}")`,
    hugePrice: (r: string) => `giá quá lớn (nhận "${r}")`,
    negativeStock: (r: string) => `tồn kho không được âm (nhận "${r}")`,
    decimalStock: (r: string) => `tồn kho phải là số nguyên (nhận "${r}")`,
    notStock: (r: string) => `tồn kho không phải là số (nhận "${r}")`,
    hugeStock: (r: string) => `tồn kho tối đa ${fmt(SHEET_MAX_STOCK, "vi")} (nhận "${r}")`,
    badGroup: (r: string) => `nhóm "${r}" không có; dùng một trong: ${groupList("vi")}`,
    sameSku: (s: string, l: number) => `mã SKU "${s}" trùng với dòng ${l}`,
    usedSku: (s: string) => `mã SKU "${s}" đã được dùng cho sản phẩm khác`,
    badHandle: (h: string) => `mã sản phẩm "${h}" chỉ được có chữ thường không dấu, số và dấu gạch ngang (ví dụ: tra-hoa-vang)`,
    usedHandle: (h: string) => `mã sản phẩm "${h}" đã được dùng cho sản phẩm khác`,
    otherTitle: (l: number) => `tên khác với dòng ${l} cùng mã sản phẩm; các dòng của một sản phẩm phải cùng tên (hoặc để trống)`,
    noVariant: "sản phẩm có nhiều loại: ghi tên loại ở mỗi dòng (ví dụ: Hộp 100g)",
    sameVariant: (v: string, l: number) => `loại "${v}" trùng với dòng ${l}`,
    summary: (n: number) => `${n} dòng có lỗi; chưa nhập sản phẩm nào.`,
  },
  en: {
    afterQuote: (l: number) => `Line ${l}: text after a closing quote; a quoted cell must end with its quote.`,
    openQuote: (l: number) => `Line ${l}: a quote is opened and never closed.`,
    empty: "The file is empty: send a CSV file with a header row and at least one product.",
    tooLarge: `The file is too large; at most ${fmt(SHEET_MAX_BYTES, "en")} bytes and ${fmt(SHEET_MAX_ROWS, "en")} rows.`,
    noRows: "The file has no product rows under its header row.",
    tooMany: (n: number) => `The file has ${fmt(n, "en")} product rows; at most ${fmt(SHEET_MAX_ROWS, "en")} per import. Split the file.`,
    columns: (missing: string[], unknown: string[], twice: string[], expected: string) =>
      `Wrong columns: ${[
        missing.length ? `missing ${missing.join(", ")}` : "",
        unknown.length ? `unknown ${unknown.join(", ")}` : "",
        twice.length ? `repeated ${twice.join(", ")}` : "",
      ].filter(Boolean).join("; ")}. The template's columns: ${expected}.`,
    required: "required",
    extraCells: (n: number, h: number) => `the row has ${n} cells but the header only ${h} columns`,
    noTitle: "the product name is missing",
    longTitle: "the product name is longer than 200 characters",
    longEnglish: (what: string, max: number) => `${what} is longer than ${fmt(max, "en")} characters`,
    sameTitle: (l: number) => `same name as row ${l}`,
    noPrice: "the price is missing",
    negativePrice: (r: string) => `the price cannot be negative (got "${r}")`,
    decimalPrice: (r: string) => `the price must be whole đồng, without decimals (got "${r}")`,
    notPrice: (r: string) => `the price is not a number (got "${r}")`,
    hugePrice: (r: string) => `the price is too large (got "${r}")`,
    negativeStock: (r: string) => `stock cannot be negative (got "${r}")`,
    decimalStock: (r: string) => `stock must be a whole number (got "${r}")`,
    notStock: (r: string) => `stock is not a number (got "${r}")`,
    hugeStock: (r: string) => `stock is at most ${fmt(SHEET_MAX_STOCK, "en")} (got "${r}")`,
    badGroup: (r: string) => `there is no group "${r}"; use one of: ${groupList("en")}`,
    sameSku: (s: string, l: number) => `SKU "${s}" is also on row ${l}`,
    usedSku: (s: string) => `SKU "${s}" is already used by another product`,
    badHandle: (h: string) => `product code "${h}" may only have lower-case letters without accents, digits and dashes (e.g. tra-hoa-vang)`,
    usedHandle: (h: string) => `product code "${h}" is already used by another product`,
    otherTitle: (l: number) => `a different name from row ${l} with the same product code; a product's rows share its name (or leave it blank)`,
    noVariant: "the product has several variants: name the variant on each row (e.g. Box 100g)",
    sameVariant: (v: string, l: number) => `variant "${v}" is also on row ${l}`,
    summary: (n: number) => `${n} row(s) have errors; nothing was imported.`,
  },
} as const;

export type SheetMessages = (typeof MESSAGES)["vi"];
export function say(lang: SheetLang): SheetMessages {
  return MESSAGES[lang] as SheetMessages;
}

// ---------------------------------------------------------------------------------------------
// Cells

type Parsed<T> = { value: T } | { message: string };

/** "1.250.000", "1250000", "1 250 000 ₫" → 1250000; a message for decimals, negatives, words. */
export function parseVndCell(raw: string, lang: SheetLang = "vi"): Parsed<number> {
  const m = say(lang);
  const r = raw.trim();
  const s = r.replace(/\s*(₫|đ|đồng|vnđ|vnd)$/i, "").trim();
  if (s === "") return { message: m.noPrice };
  if (/^-/.test(s)) return { message: m.negativePrice(r) };
  let digits: string | null = null;
  if (/^\d+$/.test(s)) digits = s;
  else if (/^\d{1,3}(\.\d{3})+$/.test(s) || /^\d{1,3}(,\d{3})+$/.test(s) || /^\d{1,3}([ \u00a0]\d{3})+$/.test(s)) {
    digits = s.replace(/[., \u00a0]/g, "");
  }
  if (digits === null) return { message: /^\d+[.,]\d+$/.test(s) ? m.decimalPrice(r) : m.notPrice(r) };
  const value = Number(digits);
  if (!Number.isSafeInteger(value)) return { message: m.hugePrice(r) };
  return { value };
}

/** Blank → 0; otherwise a whole number of units from 0. */
export function parseStockCell(raw: string, lang: SheetLang = "vi"): Parsed<number> {
  const m = say(lang);
  const s = raw.trim();
  if (s === "") return { value: 0 };
  if (/^-/.test(s)) return { message: m.negativeStock(s) };
  let digits: string | null = null;
  if (/^\d+$/.test(s)) digits = s;
  else if (/^\d{1,3}(\.\d{3})+$/.test(s) || /^\d{1,3}(,\d{3})+$/.test(s)) digits = s.replace(/[.,]/g, "");
  if (digits === null) return { message: /^\d+[.,]\d+$/.test(s) ? m.decimalStock(s) : m.notStock(s) };
  const value = Number(digits);
  if (value > SHEET_MAX_STOCK) return { message: m.hugeStock(s) };
  return { value };
}

/** A group by slug, number (1–6) or name in Vietnamese or English, accents optional. */
export function parseGroupCell(raw: string, lang: SheetLang = "vi"): Parsed<GroupSlug | null> {
  const s = raw.trim();
  if (s === "") return { value: null };
  const folded = foldForSearch(s);
  for (const g of PRODUCT_GROUPS) {
    if (g.slug === s.toLowerCase() || String(g.number) === s || foldForSearch(g.vi) === folded || foldForSearch(g.en) === folded) {
      return { value: g.slug as GroupSlug };
    }
  }
  if (folded.length >= 4) {
    const partial = PRODUCT_GROUPS.filter((g) => foldForSearch(g.vi).includes(folded) || foldForSearch(g.en).includes(folded));
    if (partial.length === 1) return { value: partial[0]!.slug as GroupSlug };
  }
  return { message: say(lang).badGroup(s) };
}

// ---------------------------------------------------------------------------------------------
// The sheet

type ColumnKey = "handle" | "title" | "variant" | "description" | "price" | "stock" | "group" | "sku" | "title_en" | "description_en";

/** The columns, as the template names them; `aliases` are accepted too (compared without accents). */
export const SHEET_COLUMNS: ReadonlyArray<{ key: ColumnKey; header: string; required: boolean; aliases: string[] }> = [
  { key: "handle", header: "mã sản phẩm", required: false, aliases: ["ma san pham", "handle", "product code"] },
  { key: "title", header: "tên sản phẩm", required: true, aliases: ["ten san pham", "ten", "title", "name"] },
  { key: "variant", header: "loại", required: false, aliases: ["loai", "phan loai", "bien the", "variant"] },
  { key: "description", header: "mô tả", required: false, aliases: ["mo ta", "description"] },
  { key: "price", header: "giá (VND)", required: true, aliases: ["gia vnd", "gia", "gia ban", "gia ban vnd", "gia vnd d", "price", "price vnd"] },
  { key: "stock", header: "tồn kho", required: false, aliases: ["ton kho", "so luong", "so luong ton kho", "stock"] },
  { key: "group", header: "nhóm", required: false, aliases: ["nhom", "nhom san pham", "nhom ocop", "group"] },
  { key: "sku", header: "mã SKU", required: false, aliases: ["ma sku", "sku"] },
  // English texts, shown on /en (optional; Vietnamese shows where they are blank).
  { key: "title_en", header: "tên tiếng Anh", required: false, aliases: ["ten tieng anh", "title en", "english title", "english name", "name en"] },
  { key: "description_en", header: "mô tả tiếng Anh", required: false, aliases: ["mo ta tieng anh", "description en", "english description"] },
];
export const sheetHeader = (key: ColumnKey) => SHEET_COLUMNS.find((c) => c.key === key)!.header;

/**
 * The template: the header, lines starting with "#" (skipped on import) naming the OCOP groups,
 * and an example product with two variants sharing its product code.
 */
export function productSheetTemplate(lang: SheetLang = "vi"): string {
  const note =
    lang === "vi"
      ? "# Dòng bắt đầu bằng # được bỏ qua. Các dòng cùng mã sản phẩm là các loại của một sản phẩm. Nhóm OCOP (ghi số hoặc tên):"
      : "# Lines starting with # are skipped. Rows sharing a product code are variants of one product. OCOP groups (number or name):";
  return toCsv([
    SHEET_COLUMNS.map((c) => c.header),
    [note],
    ...PRODUCT_GROUPS.map((g) => [`# ${g.number}. ${g.vi} — ${g.en}`]),
    ["tra-hoa-vang-mau", "Trà hoa vàng (mẫu)", "Hộp 100g", "Trà hoa vàng Ba Chẽ", "250.000", "20", PRODUCT_GROUPS[1]!.vi, "THV-100", "Golden camellia tea (sample)", "Golden camellia tea from Ba Chẽ"],
    ["tra-hoa-vang-mau", "", "Hộp 250g", "", "550.000", "10", "", "THV-250", "", ""],
  ]);
}

export type SheetRowError = { row: number; column: string | null; message: string };
export type SheetVariant = { title: string; sku: string | null; price: number; stock: number };
export type SheetProduct = {
  handle: string | null;
  title: string;
  description: string | null;
  /** English texts (Translation Module, en-US); null: Vietnamese shows on /en. */
  title_en: string | null;
  description_en: string | null;
  group: GroupSlug | null;
  variants: SheetVariant[];
};

export type SheetOutcome =
  | { ok: false; kind: "file"; message: string }
  | { ok: false; kind: "rows"; row_count: number; errors: SheetRowError[]; products: SheetEntry[] }
  | { ok: true; row_count: number; encoding: SheetEncoding; products: SheetEntry[] };
/** A product of the sheet and the lines it came from (one per variant, in order). */
export type SheetEntry = { rows: number[]; product: SheetProduct };

function columnFor(header: string): ColumnKey | null {
  const folded = foldForSearch(header);
  for (const c of SHEET_COLUMNS) {
    if (foldForSearch(c.header) === folded || c.aliases.includes(folded)) return c.key;
  }
  return null;
}

/** Reads the whole sheet: the file first (encoding, columns, size), then every row. */
export function readProductSheet(bytes: Uint8Array, lang: SheetLang = "vi"): SheetOutcome {
  const m = say(lang);
  if (bytes.length === 0) return { ok: false, kind: "file", message: m.empty };
  if (bytes.length > SHEET_MAX_BYTES) return { ok: false, kind: "file", message: m.tooLarge };
  const { text, encoding } = decodeSheet(bytes);
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  const delimiter = !firstLine.includes(",") && firstLine.includes(";") ? ";" : ",";
  const parsed = parseCsv(text, delimiter, lang);
  if (parsed.error) return { ok: false, kind: "file", message: parsed.error };
  const records = parsed.records.filter((r) => !r.cells.every((c) => c.trim() === "") && !r.cells[0]!.trimStart().startsWith("#"));
  const header = records.shift();
  if (!header) return { ok: false, kind: "file", message: m.empty };

  // Columns: every header known, none twice, the required ones present.
  const expected = SHEET_COLUMNS.map((c) => `"${c.header}"${c.required ? ` (${m.required})` : ""}`).join(", ");
  const index = new Map<ColumnKey, number>();
  const unknown: string[] = [];
  const twice: string[] = [];
  header.cells.forEach((h, i) => {
    if (h.trim() === "") return;
    const key = columnFor(h);
    if (!key) unknown.push(`"${h.trim()}"`);
    else if (index.has(key)) twice.push(`"${h.trim()}"`);
    else index.set(key, i);
  });
  const missing = SHEET_COLUMNS.filter((c) => c.required && !index.has(c.key)).map((c) => `"${c.header}"`);
  if (unknown.length || twice.length || missing.length) return { ok: false, kind: "file", message: m.columns(missing, unknown, twice, expected) };
  if (records.length === 0) return { ok: false, kind: "file", message: m.noRows };
  if (records.length > SHEET_MAX_ROWS) return { ok: false, kind: "file", message: m.tooMany(records.length) };

  const errors: SheetRowError[] = [];
  const products = new Map<string, SheetEntry>();
  // What the rows of each product code said so far, valid or not: a later row is checked against
  // its product's first row even when that row had a problem (one mistake, one error).
  const codes = new Map<string, { title: string; row: number; variants: Map<string, number>; failed: boolean }>();
  const titles = new Map<string, number>();
  const skus = new Map<string, number>();
  for (const record of records) {
    const cell = (key: ColumnKey) => {
      const i = index.get(key);
      return (i === undefined ? "" : (record.cells[i] ?? "")).trim();
    };
    const rowErrors: SheetRowError[] = [];
    const err = (key: ColumnKey | null, message: string) => rowErrors.push({ row: record.line, column: key ? sheetHeader(key) : null, message });
    if (record.cells.length > header.cells.length && record.cells.slice(header.cells.length).some((c) => c.trim() !== "")) {
      err(null, m.extraCells(record.cells.length, header.cells.length));
    }
    const handle = cell("handle") || null;
    if (handle && !HANDLE.test(handle)) err("handle", m.badHandle(handle));
    const code = handle ? codes.get(handle) : undefined;
    const title = cell("title");
    if (code) {
      if (title && foldForSearch(title) !== foldForSearch(code.title)) err("title", m.otherTitle(code.row));
    } else if (!title) err("title", m.noTitle);
    else if (title.length > 200) err("title", m.longTitle);
    else if (titles.has(foldForSearch(title))) err("title", m.sameTitle(titles.get(foldForSearch(title))!));
    else titles.set(foldForSearch(title), record.line);
    const titleEn = cell("title_en");
    if (titleEn.length > SHEET_MAX_TITLE) err("title_en", m.longEnglish(sheetHeader("title_en"), SHEET_MAX_TITLE));
    const descriptionEn = cell("description_en");
    if (descriptionEn.length > SHEET_MAX_DESCRIPTION) err("description_en", m.longEnglish(sheetHeader("description_en"), SHEET_MAX_DESCRIPTION));
    const price = parseVndCell(cell("price"), lang);
    if ("message" in price) err("price", price.message);
    const stock = parseStockCell(cell("stock"), lang);
    if ("message" in stock) err("stock", stock.message);
    const group = parseGroupCell(cell("group"), lang);
    if ("message" in group) err("group", group.message);
    const sku = cell("sku") || null;
    if (sku && skus.has(sku)) err("sku", m.sameSku(sku, skus.get(sku)!));
    else if (sku) skus.set(sku, record.line);
    const variantTitle = cell("variant");
    if (code) {
      if (!variantTitle || code.variants.has("")) err("variant", m.noVariant);
      else if (code.variants.has(variantTitle.toLowerCase())) err("variant", m.sameVariant(variantTitle, code.variants.get(variantTitle.toLowerCase())!));
      else code.variants.set(variantTitle.toLowerCase(), record.line);
    } else if (handle && title) {
      codes.set(handle, { title, row: record.line, variants: new Map([[variantTitle.toLowerCase(), record.line]]), failed: false });
    }
    const failedCode = handle ? codes.get(handle) : undefined;
    if (rowErrors.length) {
      errors.push(...rowErrors);
      // A product with a bad row is not made at all.
      if (failedCode) failedCode.failed = true;
      if (handle) products.delete(`h:${handle}`);
      continue;
    }
    if (failedCode?.failed) continue;
    const variant: SheetVariant = { title: variantTitle, sku, price: (price as { value: number }).value, stock: (stock as { value: number }).value };
    const existing = handle ? products.get(`h:${handle}`) : undefined;
    if (existing) {
      existing.rows.push(record.line);
      existing.product.variants.push(variant);
      existing.product.description ??= cell("description") || null;
      existing.product.title_en ??= titleEn || null;
      existing.product.description_en ??= descriptionEn || null;
      existing.product.group ??= (group as { value: GroupSlug | null }).value;
      continue;
    }
    products.set(handle ? `h:${handle}` : `r:${record.line}`, {
      rows: [record.line],
      product: { handle, title, description: cell("description") || null, title_en: titleEn || null, description_en: descriptionEn || null, group: (group as { value: GroupSlug | null }).value, variants: [variant] },
    });
  }
  const entries = [...products.values()].map(({ rows, product }) => ({
    rows,
    product: { ...product, variants: product.variants.map((v) => ({ ...v, title: v.title || SHEET_DEFAULT_VARIANT })) },
  }));
  // With errors, the valid rows' products still come back: the caller checks them against the database too.
  if (errors.length) return { ok: false, kind: "rows", row_count: records.length, errors, products: entries };
  return { ok: true, row_count: records.length, encoding, products: entries };
}

/** How many rows an error list names (a row with two problems counts once). */
export function rowsWithErrors(errors: readonly SheetRowError[]): number {
  return new Set(errors.map((e) => e.row)).size;
}

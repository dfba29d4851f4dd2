import { foldForSearch, PRODUCT_GROUPS, type GroupSlug } from "@ocop/core"
import { checkNewProduct, DEFAULT_VARIANT_TITLE, MAX_STOCK, type ProducerProductInput } from "./product-rules"

// Reading a producer's product sheet (CSV with Vietnamese headers, UTF-8). Pure: bytes in, either
// one message about the file, a list of problems by row, or the products to create. Messages are
// in Vietnamese, the language of the sheet's headers.

export const CSV_MAX_ROWS = 1_000
export const CSV_MAX_BYTES = 2 * 1024 * 1024

type ColumnKey = "title" | "description" | "price" | "stock" | "group" | "sku"

/** The columns, as the template names them; `aliases` are accepted too (compared without accents). */
export const CSV_COLUMNS: ReadonlyArray<{ key: ColumnKey; header: string; required: boolean; aliases: string[] }> = [
  { key: "title", header: "tên sản phẩm", required: true, aliases: ["ten san pham", "ten"] },
  { key: "description", header: "mô tả", required: false, aliases: ["mo ta"] },
  { key: "price", header: "giá (VND)", required: true, aliases: ["gia vnd", "gia", "gia ban", "gia ban vnd", "gia vnd d"] },
  { key: "stock", header: "tồn kho", required: false, aliases: ["ton kho", "so luong", "so luong ton kho"] },
  { key: "group", header: "nhóm", required: false, aliases: ["nhom", "nhom san pham", "nhom ocop"] },
  { key: "sku", header: "mã SKU", required: false, aliases: ["ma sku", "sku"] },
]

/** The header line of the template. */
export const CSV_TEMPLATE_HEADER = CSV_COLUMNS.map((c) => c.header).join(",")

export type CsvRowError = { row: number; column: string | null; message: string }

export type CsvOutcome =
  | { ok: false; kind: "file"; message: string }
  | { ok: false; kind: "rows"; row_count: number; errors: CsvRowError[] }
  | { ok: true; row_count: number; rows: Array<{ row: number; product: ProducerProductInput }> }

const fmt = (n: number) => n.toLocaleString("vi-VN")

/** Decodes strict UTF-8 (dropping a byte-order mark); null when the bytes are not UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return null
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes)
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  } catch {
    return null
  }
}

/** RFC 4180 records with the line each starts on; `delimiter` is "," or ";". */
export function parseCsv(text: string, delimiter: string): { records: Array<{ line: number; cells: string[] }>; error?: string } {
  const records: Array<{ line: number; cells: string[] }> = []
  let cells: string[] = []
  let cell = ""
  let quoted = false
  let line = 1
  let start = 1
  let afterQuote = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"'
          i++
        } else {
          quoted = false
          afterQuote = true
        }
      } else {
        if (ch === "\n") line++
        cell += ch
      }
      continue
    }
    if (ch === '"' && cell === "" && !afterQuote) {
      quoted = true
    } else if (ch === delimiter) {
      cells.push(cell)
      cell = ""
      afterQuote = false
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++
      cells.push(cell)
      records.push({ line: start, cells })
      cells = []
      cell = ""
      afterQuote = false
      line++
      start = line
    } else if (afterQuote) {
      if (ch !== " " && ch !== "\t") return { records, error: `Dòng ${start}: có ký tự sau dấu ngoặc kép đóng; ô có dấu ngoặc kép phải kết thúc bằng dấu ngoặc kép.` }
    } else {
      cell += ch
    }
  }
  if (quoted) return { records, error: `Dòng ${start}: dấu ngoặc kép mở mà không đóng.` }
  if (cell !== "" || cells.length) {
    cells.push(cell)
    records.push({ line: start, cells })
  }
  return { records }
}

function isBlank(cells: string[]): boolean {
  return cells.every((c) => c.trim() === "")
}

/** "1.250.000", "1250000", "1 250 000 ₫" → 1250000; a message for decimals, negatives, words. */
export function parseVndCell(raw: string): { value: number } | { message: string } {
  const s = raw.trim().replace(/\s*(₫|đ|đồng|vnđ|vnd)$/i, "").trim()
  if (s === "") return { message: "thiếu giá" }
  if (/^-/.test(s)) return { message: `giá không được âm (nhận "${raw.trim()}")` }
  let digits: string | null = null
  if (/^\d+$/.test(s)) digits = s
  else if (/^\d{1,3}(\.\d{3})+$/.test(s) || /^\d{1,3}(,\d{3})+$/.test(s) || /^\d{1,3}([ \u00a0]\d{3})+$/.test(s)) {
    digits = s.replace(/[., \u00a0]/g, "")
  }
  if (digits === null) {
    if (/^\d+[.,]\d+$/.test(s)) return { message: `giá phải là số nguyên đồng, không có phần thập phân (nhận "${raw.trim()}")` }
    return { message: `giá không phải là số (nhận "${raw.trim()}")` }
  }
  const value = Number(digits)
  if (!Number.isSafeInteger(value)) return { message: `giá quá lớn (nhận "${raw.trim()}")` }
  return { value }
}

/** Blank → 0; otherwise a whole number of units from 0. */
export function parseStockCell(raw: string): { value: number } | { message: string } {
  const s = raw.trim()
  if (s === "") return { value: 0 }
  if (/^-/.test(s)) return { message: `tồn kho không được âm (nhận "${s}")` }
  let digits: string | null = null
  if (/^\d+$/.test(s)) digits = s
  else if (/^\d{1,3}(\.\d{3})+$/.test(s) || /^\d{1,3}(,\d{3})+$/.test(s)) digits = s.replace(/[.,]/g, "")
  if (digits === null) {
    if (/^\d+[.,]\d+$/.test(s)) return { message: `tồn kho phải là số nguyên (nhận "${s}")` }
    return { message: `tồn kho không phải là số (nhận "${s}")` }
  }
  const value = Number(digits)
  if (value > MAX_STOCK) return { message: `tồn kho tối đa ${fmt(MAX_STOCK)} (nhận "${s}")` }
  return { value }
}

/** A group by slug, number (1–6) or name in Vietnamese or English, accents optional. */
export function parseGroupCell(raw: string): { value: GroupSlug | null } | { message: string } {
  const s = raw.trim()
  if (s === "") return { value: null }
  const folded = foldForSearch(s)
  for (const g of PRODUCT_GROUPS) {
    if (g.slug === s.toLowerCase() || String(g.number) === s || foldForSearch(g.vi) === folded || foldForSearch(g.en) === folded) {
      return { value: g.slug as GroupSlug }
    }
  }
  if (folded.length >= 4) {
    const partial = PRODUCT_GROUPS.filter((g) => foldForSearch(g.vi).includes(folded) || foldForSearch(g.en).includes(folded))
    if (partial.length === 1) return { value: partial[0]!.slug as GroupSlug }
  }
  return { message: `nhóm "${s}" không có; dùng một trong: ${PRODUCT_GROUPS.map((g) => g.vi).join("; ")}` }
}

function columnFor(header: string): ColumnKey | null {
  const folded = foldForSearch(header)
  for (const c of CSV_COLUMNS) {
    if (foldForSearch(c.header) === folded || c.aliases.includes(folded)) return c.key
  }
  return null
}

/** Reads the whole sheet: the file first (encoding, columns, size), then every row. */
export function readProductCsv(bytes: Uint8Array): CsvOutcome {
  if (bytes.length === 0) return { ok: false, kind: "file", message: "Tệp trống: gửi tệp CSV có dòng tiêu đề và ít nhất một sản phẩm." }
  if (bytes.length > CSV_MAX_BYTES) {
    return { ok: false, kind: "file", message: `Tệp quá lớn (${fmt(bytes.length)} byte); tối đa ${fmt(CSV_MAX_BYTES)} byte.` }
  }
  const text = decodeUtf8(bytes)
  if (text === null) {
    return {
      ok: false,
      kind: "file",
      message:
        "Tệp không phải mã UTF-8. Trong Excel chọn Lưu thành → \"CSV UTF-8 (phân cách bằng dấu phẩy)\". " +
        "The file is not UTF-8 text: save it as \"CSV UTF-8\".",
    }
  }
  const firstLine = text.split(/\r?\n/, 1)[0] ?? ""
  const delimiter = !firstLine.includes(",") && firstLine.includes(";") ? ";" : ","
  const parsed = parseCsv(text, delimiter)
  if (parsed.error) return { ok: false, kind: "file", message: parsed.error }
  const records = parsed.records.filter((r) => !isBlank(r.cells))
  const header = records.shift()
  if (!header) return { ok: false, kind: "file", message: "Tệp trống: gửi tệp CSV có dòng tiêu đề và ít nhất một sản phẩm." }

  // Columns: every header known, none twice, the required ones present.
  const expected = CSV_COLUMNS.map((c) => `"${c.header}"${c.required ? " (bắt buộc)" : ""}`).join(", ")
  const index = new Map<ColumnKey, number>()
  const unknown: string[] = []
  const twice: string[] = []
  header.cells.forEach((h, i) => {
    if (h.trim() === "") return
    const key = columnFor(h)
    if (!key) unknown.push(h.trim())
    else if (index.has(key)) twice.push(h.trim())
    else index.set(key, i)
  })
  const missing = CSV_COLUMNS.filter((c) => c.required && !index.has(c.key)).map((c) => `"${c.header}"`)
  if (unknown.length || twice.length || missing.length) {
    const parts: string[] = []
    if (missing.length) parts.push(`thiếu cột ${missing.join(", ")}`)
    if (unknown.length) parts.push(`cột không nhận ra: ${unknown.map((u) => `"${u}"`).join(", ")}`)
    if (twice.length) parts.push(`cột lặp lại: ${twice.map((u) => `"${u}"`).join(", ")}`)
    return { ok: false, kind: "file", message: `Sai cột: ${parts.join("; ")}. Các cột của mẫu: ${expected}.` }
  }
  if (records.length === 0) return { ok: false, kind: "file", message: "Tệp không có dòng sản phẩm nào dưới dòng tiêu đề." }
  if (records.length > CSV_MAX_ROWS) {
    return {
      ok: false,
      kind: "file",
      message: `Tệp có ${fmt(records.length)} dòng sản phẩm; mỗi lần nhập tối đa ${fmt(CSV_MAX_ROWS)} dòng. Hãy chia tệp ra.`,
    }
  }

  const errors: CsvRowError[] = []
  const rows: Array<{ row: number; product: ProducerProductInput }> = []
  const titles = new Map<string, number>()
  const skus = new Map<string, number>()
  const headerOf = (key: ColumnKey) => CSV_COLUMNS.find((c) => c.key === key)!.header
  for (const record of records) {
    const cell = (key: ColumnKey) => {
      const i = index.get(key)
      return i === undefined ? "" : (record.cells[i] ?? "")
    }
    const rowErrors: CsvRowError[] = []
    const err = (key: ColumnKey | null, message: string) => rowErrors.push({ row: record.line, column: key ? headerOf(key) : null, message })
    if (record.cells.length > header.cells.length && record.cells.slice(header.cells.length).some((c) => c.trim() !== "")) {
      err(null, `dòng có ${record.cells.length} ô nhưng tiêu đề chỉ có ${header.cells.length} cột`)
    }
    const title = cell("title").trim()
    if (!title) err("title", "thiếu tên sản phẩm")
    else if (title.length > 200) err("title", "tên sản phẩm dài quá 200 ký tự")
    else {
      const key = foldForSearch(title)
      if (titles.has(key)) err("title", `trùng tên với dòng ${titles.get(key)}`)
      else titles.set(key, record.line)
    }
    const price = parseVndCell(cell("price"))
    if ("message" in price) err("price", price.message)
    const stock = parseStockCell(cell("stock"))
    if ("message" in stock) err("stock", stock.message)
    const group = parseGroupCell(cell("group"))
    if ("message" in group) err("group", group.message)
    const sku = cell("sku").trim() || null
    if (sku) {
      if (skus.has(sku)) err("sku", `mã SKU "${sku}" trùng với dòng ${skus.get(sku)}`)
      else skus.set(sku, record.line)
    }
    if (rowErrors.length) {
      errors.push(...rowErrors)
      continue
    }
    const product: ProducerProductInput = {
      title,
      description: cell("description").trim() || null,
      group: (group as { value: GroupSlug | null }).value,
      variants: [
        {
          title: DEFAULT_VARIANT_TITLE,
          sku,
          price: (price as { value: number }).value,
          stock: (stock as { value: number }).value,
        },
      ],
    }
    // The shared product rules, as a last guard (the cell checks above should catch everything).
    for (const p of checkNewProduct(product)) errors.push({ row: record.line, column: null, message: `${p.field}: ${p.message}` })
    rows.push({ row: record.line, product })
  }
  if (errors.length) return { ok: false, kind: "rows", row_count: records.length, errors }
  return { ok: true, row_count: records.length, rows }
}

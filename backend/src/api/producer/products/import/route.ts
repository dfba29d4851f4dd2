import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createProducerProductsWorkflow } from "../../../../workflows/producer-portal/create-producer-products"
import { CSV_COLUMNS, CSV_MAX_BYTES, CSV_MAX_ROWS, readProductCsv, type CsvRowError } from "../../../../workflows/producer-portal/product-csv"
import { takenSkus } from "../../../../workflows/producer-portal/steps"
import { readRawBody } from "../../../lib/producer-portal/http"
import { producerScope } from "../../../lib/producer-portal/scope"

/**
 * POST /producer/products/import — body: the CSV file itself (Content-Type text/csv), UTF-8,
 * comma- or semicolon-separated, header row with the Vietnamese column names
 * `tên sản phẩm, mô tả, giá (VND), tồn kho, nhóm, mã SKU` (name and price required), at most
 * 1,000 product rows; each row becomes a product with one variant.
 * Every row is checked first; nothing is imported unless all are valid.
 * → 200 { imported, products: [{ row, id, handle, title }] }
 * → 400 { type: "invalid_data", message } for the file (encoding, columns, size, rows > 1,000)
 * → 400 { type: "invalid_data", message, row_count, errors: [{ row, column, message }] } for rows.
 * Products are drafts unless the producer is active (then published).
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const scope = producerScope(req)
  const type = String(req.headers["content-type"] ?? "")
  if (/^(application\/json|multipart\/form-data|application\/x-www-form-urlencoded)/i.test(type)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "Gửi chính nội dung tệp CSV (Content-Type: text/csv), không bọc trong JSON hay form. Send the CSV file itself as the body (Content-Type: text/csv)."
    )
  }
  const body = await readRawBody(req, CSV_MAX_BYTES)
  if (body === "too_large") {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Tệp quá lớn; tối đa ${CSV_MAX_BYTES.toLocaleString("vi-VN")} byte và ${CSV_MAX_ROWS.toLocaleString("vi-VN")} dòng.`)
  }
  const outcome = readProductCsv(new Uint8Array(body))
  if (!outcome.ok && outcome.kind === "file") throw new MedusaError(MedusaError.Types.INVALID_DATA, outcome.message)

  let errors: CsvRowError[] = outcome.ok ? [] : outcome.errors
  if (outcome.ok) {
    // What only the database knows: SKUs already used.
    const skuColumn = CSV_COLUMNS.find((c) => c.key === "sku")!.header
    const skus = outcome.rows.map((r) => r.product.variants[0]!.sku).filter((s): s is string => !!s)
    const taken = await takenSkus(req.scope, skus)
    errors = outcome.rows
      .filter((r) => r.product.variants[0]!.sku && taken.has(r.product.variants[0]!.sku!))
      .map((r) => ({ row: r.row, column: skuColumn, message: `mã SKU "${r.product.variants[0]!.sku}" đã được dùng cho sản phẩm khác` }))
  }
  if (errors.length) {
    const rows = new Set(errors.map((e) => e.row)).size
    res.status(400).json({
      type: MedusaError.Types.INVALID_DATA,
      message: `${rows} dòng có lỗi; chưa nhập sản phẩm nào. ${rows} row(s) have errors; nothing was imported.`,
      row_count: outcome.row_count,
      errors,
    })
    return
  }
  if (!outcome.ok) return
  const { result } = await createProducerProductsWorkflow(req.scope).run({
    input: {
      producer_id: scope.producer_id,
      member_id: scope.member_id,
      products: outcome.rows.map((r) => r.product),
      batch: true,
    },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id", "handle", "title", "status"], filters: { id: result } })
  const byId = new Map((data as Array<{ id: string; handle: string; title: string; status: string }>).map((p) => [p.id, p]))
  res.json({
    imported: result.length,
    products: result.map((id, i) => ({ row: outcome.rows[i]!.row, ...byId.get(id)! })),
  })
}

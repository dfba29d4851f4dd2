import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { readProductSheet, rowsWithErrors, say, SHEET_MAX_BYTES } from "@ocop/core/dist/server"
import { createProducerProductsWorkflow } from "../../../../workflows/producer-portal/create-producer-products"
import { sheetConflicts, sheetProductInput } from "../../../../workflows/producer-portal/utils/product-sheet"
import { readRawBody } from "../../lib/http"
import type { ProducerImportQueryType } from "../../validators"
import { producerScope } from "../../lib/scope"

/**
 * POST /producer/products/import[?dry_run=true][&locale=vi|en] — body: the CSV file itself
 * (Content-Type text/csv) in UTF-8 (with or without BOM), UTF-16 LE/BE (with BOM) or Windows-1258,
 * comma- or semicolon-separated; columns as in GET /producer/products/import/template (name and
 * price required); rows sharing "mã sản phẩm" are the variants ("loại") of one product; lines
 * starting with # are skipped; at most 1,000 rows. Every row is checked first; nothing is imported
 * unless all are valid. Messages in `locale` (default vi).
 * dry_run=true → 200 { dry_run: true, ok, row_count, rows_with_errors, errors: [{ row, column, message }],
 *   products: [{ rows, handle, title, description, title_en, description_en, group, variants: [{ title, sku, price, stock }] }] }, nothing saved.
 * → 200 { imported, products: [{ row, rows, id, handle, title, status }] }
 * → 400 { type: "invalid_data", message } for the file (columns, size, rows > 1,000, not a CSV body)
 * → 400 { type: "invalid_data", message, row_count, errors } for rows (not a dry run).
 * Products are drafts unless the producer is active (then published).
 */
export async function POST(req: AuthenticatedMedusaRequest<unknown, ProducerImportQueryType>, res: MedusaResponse) {
  const scope = producerScope(req)
  const { dry_run, locale } = req.validatedQuery
  const m = say(locale)
  const type = String(req.headers["content-type"] ?? "")
  if (/^(application\/json|multipart\/form-data|application\/x-www-form-urlencoded)/i.test(type)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "Gửi chính nội dung tệp CSV (Content-Type: text/csv), không bọc trong JSON hay form. Send the CSV file itself as the body (Content-Type: text/csv)."
    )
  }
  const body = await readRawBody(req, SHEET_MAX_BYTES)
  if (body === "too_large") throw new MedusaError(MedusaError.Types.INVALID_DATA, m.tooLarge)
  const outcome = readProductSheet(new Uint8Array(body), locale)
  if (!outcome.ok && outcome.kind === "file") throw new MedusaError(MedusaError.Types.INVALID_DATA, outcome.message)

  // The sheet's own problems and what only the database knows (SKUs, codes in use), by row.
  const entries = outcome.products
  const conflicts = await sheetConflicts(req.scope, entries, locale)
  const errors = (outcome.ok ? conflicts : [...outcome.errors, ...conflicts]).sort((a, b) => a.row - b.row)
  if (dry_run === "true") {
    res.json({
      dry_run: true,
      ok: errors.length === 0,
      row_count: outcome.row_count,
      rows_with_errors: rowsWithErrors(errors),
      errors,
      products: errors.length ? [] : entries.map((e) => ({ rows: e.rows, ...e.product })),
    })
    return
  }
  if (errors.length) {
    res.status(400).json({ type: MedusaError.Types.INVALID_DATA, message: m.summary(rowsWithErrors(errors)), row_count: outcome.row_count, errors })
    return
  }
  const { result } = await createProducerProductsWorkflow(req.scope).run({
    input: { producer_id: scope.producer_id, member_id: scope.member_id, products: entries.map((e) => sheetProductInput(e.product)), batch: true },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id", "handle", "title", "status"], filters: { id: result } })
  const byId = new Map((data as Array<{ id: string; handle: string; title: string; status: string }>).map((p) => [p.id, p]))
  res.json({
    imported: result.length,
    products: result.map((id, i) => ({ row: entries[i]!.rows[0], rows: entries[i]!.rows, ...byId.get(id)! })),
  })
}

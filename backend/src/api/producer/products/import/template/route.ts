import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { productSheetTemplate } from "@ocop/core/dist/server"
import type { ProducerImportTemplateQueryType } from "../../../validators"

/**
 * GET /producer/products/import/template[?locale=vi|en] → the import sheet's template (UTF-8 CSV
 * with BOM): the header, "#" lines naming the six OCOP groups, an example product with two variants.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, ProducerImportTemplateQueryType>, res: MedusaResponse) {
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", 'attachment; filename="mau-nhap-san-pham.csv"')
  res.status(200).send(productSheetTemplate(req.validatedQuery.locale))
}

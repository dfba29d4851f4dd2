import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { productQr } from "../qr"
import { producerScope } from "../../../lib/scope"

/** GET /producer/products/:id/qr.svg → image/svg+xml, a QR code of ${STOREFRONT_URL}/vi/products/{handle}; 404 unless own. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { body, handle, url } = await productQr(req.scope, producerScope(req).producer_id, req.params.id!, "svg")
  res.setHeader("Content-Type", "image/svg+xml; charset=utf-8")
  res.setHeader("Content-Disposition", `inline; filename="qr-${handle}.svg"`)
  res.setHeader("X-Encoded-Url", encodeURI(url))
  res.setHeader("Cache-Control", "private, max-age=300")
  res.status(200).send(body)
}

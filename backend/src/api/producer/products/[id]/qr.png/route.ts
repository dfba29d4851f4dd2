import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { productQr } from "../qr"
import { producerScope } from "../../../lib/scope"

/** GET /producer/products/:id/qr.png → image/png, a QR code of ${STOREFRONT_URL}/vi/products/{handle}; 404 unless own. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { body, handle, url } = await productQr(req.scope, producerScope(req).producer_id, req.params.id!, "png")
  res.setHeader("Content-Type", "image/png")
  res.setHeader("Content-Disposition", `inline; filename="qr-${handle}.png"`)
  res.setHeader("X-Encoded-Url", encodeURI(url))
  res.setHeader("Cache-Control", "private, max-age=300")
  res.status(200).send(body)
}

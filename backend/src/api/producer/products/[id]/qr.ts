import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import QRCode from "qrcode"
import { ownProductOrThrow } from "../../../../workflows/producer-portal/utils/producer-access"
import { storefrontProductUrl } from "../../lib/products"
import { producerScope } from "../../lib/scope"

/** The QR code of one of the producer's products (404 for any other), pointing at its storefront page. */
export async function productQr(scope: MedusaContainer, producerId: string, productId: string, format: "png" | "svg") {
  const product = await ownProductOrThrow(scope, producerId, productId, ["handle"])
  const url = storefrontProductUrl(product.handle as string)
  const options = { errorCorrectionLevel: "M" as const, margin: 2 }
  if (format === "png") {
    return { url, handle: product.handle as string, body: await QRCode.toBuffer(url, { ...options, type: "png", width: 600 }) }
  }
  return { url, handle: product.handle as string, body: await QRCode.toString(url, { ...options, type: "svg" }) }
}

const CONTENT_TYPES = { png: "image/png", svg: "image/svg+xml; charset=utf-8" } as const

/** The answer of GET /producer/products/:id/qr.{png,svg}: the code inline, the URL it encodes in a header. */
export function productQrRoute(format: "png" | "svg") {
  return async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
    const { body, handle, url } = await productQr(req.scope, producerScope(req).producer_id, req.params.id!, format)
    res.setHeader("Content-Type", CONTENT_TYPES[format])
    res.setHeader("Content-Disposition", `inline; filename="qr-${handle}.${format}"`)
    res.setHeader("X-Encoded-Url", encodeURI(url))
    res.setHeader("Cache-Control", "private, max-age=300")
    res.status(200).send(body)
  }
}

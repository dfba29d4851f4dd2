import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import QRCode from "qrcode"
import { ownShelfOrThrow } from "../../../../workflows/partners/utils/shelves"
import { productPageUrl, shelfPageUrl } from "../../lib/links"
import { partnerScope } from "../../lib/scope"
import { partnerView, shelfProductIds } from "../../lib/views"

/** A printable QR code of `url`, as PNG bytes or SVG text. */
export async function qrImage(url: string, format: "png" | "svg"): Promise<Buffer | string> {
  const options = { errorCorrectionLevel: "M" as const, margin: 2 }
  return format === "png" ? QRCode.toBuffer(url, { ...options, type: "png", width: 600 }) : QRCode.toString(url, { ...options, type: "svg" })
}

/**
 * The QR code of one of the partner's shelves (404 for any other), or of a product on it
 * (`productId`; 404 when not on the shelf): the storefront page, carrying the partner's code.
 */
export async function shelfQr(
  scope: MedusaContainer,
  partnerId: string,
  shelfId: string,
  productId: string | undefined,
  format: "png" | "svg"
) {
  const shelf = await ownShelfOrThrow(scope, partnerId, shelfId)
  const partner = await partnerView(scope, partnerId)
  const code = partner?.referral_code ?? null
  let url = shelfPageUrl(shelf.id, code)
  let name = `shelf-${shelf.id}`
  if (productId) {
    const [product] = shelfProductIds(shelf).includes(productId)
      ? await scope.resolve(Modules.PRODUCT).listProducts({ id: productId }, { select: ["id", "handle"] })
      : []
    if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `product ${productId} is not on shelf ${shelf.id}`)
    url = productPageUrl(product.handle, code)
    name = `product-${product.handle}`
  }
  return { url, name, body: await qrImage(url, format) }
}

/** Sends a QR image with the URL it encodes in X-Encoded-Url. */
export async function sendShelfQr(req: AuthenticatedMedusaRequest, res: MedusaResponse, format: "png" | "svg") {
  const productId = (req.validatedQuery as { product_id?: string } | undefined)?.product_id
  const { url, name, body } = await shelfQr(req.scope, partnerScope(req).partner_id, req.params.id!, productId, format)
  res.setHeader("Content-Type", format === "png" ? "image/png" : "image/svg+xml; charset=utf-8")
  res.setHeader("Content-Disposition", `inline; filename="qr-${name}.${format}"`)
  res.setHeader("X-Encoded-Url", encodeURI(url))
  res.setHeader("Cache-Control", "private, max-age=300")
  res.status(200).send(body)
}

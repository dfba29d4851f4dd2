import type { MedusaContainer } from "@medusajs/framework/types"
import QRCode from "qrcode"
import { ownProductOrThrow } from "../../../../workflows/producer-portal/utils/producer-access"
import { storefrontProductUrl } from "../../lib/products"

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

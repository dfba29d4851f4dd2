import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendShelfQr } from "../qr"

/** GET /partner/shelves/:id/qr.png[?product_id=…] → the QR code of the shelf's page (or a product's on it) with the partner's code. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await sendShelfQr(req, res, "png")
}

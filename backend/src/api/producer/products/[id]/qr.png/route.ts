import { productQrRoute } from "../qr"

/** GET /producer/products/:id/qr.png → image/png, a QR code of ${STOREFRONT_URL}/vi/products/{handle}; 404 unless own. */
export const GET = productQrRoute("png")

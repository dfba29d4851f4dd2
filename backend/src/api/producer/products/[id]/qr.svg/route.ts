import { productQrRoute } from "../qr"

/** GET /producer/products/:id/qr.svg → image/svg+xml, a QR code of ${STOREFRONT_URL}/vi/products/{handle}; 404 unless own. */
export const GET = productQrRoute("svg")

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { vietQrPngDataUrl, vietQrSvg } from "../../../../../modules/payment-vietqr/render"
import { StoreVietQrQuery } from "./validators"
import { vietQrOfOrder } from "./vietqr-view"

/**
 * GET /store/orders/:id/vietqr[?email=] → what the confirmation page shows for a VietQR order:
 * { order_id, display_id, status: awaiting_transfer|paid|canceled, payload, amount, currency_code,
 *   reference, bank_bin, bank_name, account_number, account_name, pay_before, png, svg }
 * (payload, png and svg are null once the order is canceled, so nobody pays for it).
 * Scoped to the buyer: the logged-in customer who placed it, or anyone giving the order's email
 * (guest checkout). Any other caller gets 404, the same as for an unknown order.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const params = StoreVietQrQuery.safeParse(req.query)
  const { order, qr, status, payBefore } = await vietQrOfOrder(req.scope, req.params.id!, {
    email: params.success ? params.data.email?.toLowerCase() : undefined,
    customerId: req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : undefined,
  })
  const live = status !== "canceled"
  res.setHeader("Cache-Control", "private, no-store")
  res.json({
    order_id: order.id,
    display_id: order.display_id,
    status,
    payload: live ? qr.payload : null,
    amount: qr.amount ?? null,
    currency_code: "vnd",
    reference: qr.reference ?? null,
    bank_bin: qr.bank_bin ?? null,
    bank_name: qr.bank_name ?? null,
    account_number: qr.account_number ?? null,
    account_name: qr.account_name ?? null,
    pay_before: status === "awaiting_transfer" ? payBefore.toISOString() : null,
    png: live ? await vietQrPngDataUrl(qr.payload) : null,
    svg: live ? await vietQrSvg(qr.payload) : null,
  })
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { confirmOfflinePaymentWorkflow } from "../../../../../workflows/payments/confirm-offline-payment"
import { VIETQR_PROVIDER_ID } from "../../../../../workflows/payments/utils/config"
import { parseConfirmationBody } from "../../../payments/confirmation-body"

/**
 * POST /admin/orders/:id/vietqr-received { amount_received? } → { order_id, payment_id, provider_id, captured_at }
 * The transfer of a VietQR order is on the bank statement: capture its payment.
 * 404 unknown order; 400 canceled (e.g. expired unpaid) order, not VietQR, already recorded,
 * or amount_received ≠ amount due. Nothing changes on a 4xx.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const body = parseConfirmationBody(req.body)
  const { result } = await confirmOfflinePaymentWorkflow(req.scope).run({
    input: {
      order_id: req.params.id!,
      provider_id: VIETQR_PROVIDER_ID,
      captured_by: req.auth_context?.actor_id,
      amount_received: body.amount_received,
    },
  })
  res.json(result)
}

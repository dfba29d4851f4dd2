import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { confirmOfflinePaymentWorkflow } from "../../../../../workflows/payments/confirm-offline-payment"
import { COD_PROVIDER_ID } from "../../../../../workflows/payments/utils/config"
import { parseConfirmationBody } from "../../../payments/confirmation-body"

/**
 * POST /admin/orders/:id/cod-collected { amount_received? } → { order_id, payment_id, provider_id, captured_at }
 * The carrier handed over the cash of a delivered cash-on-delivery order: capture its payment.
 * 404 unknown order; 400 canceled order, not COD, already recorded, or amount_received ≠ amount due.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const body = parseConfirmationBody(req.body)
  const { result } = await confirmOfflinePaymentWorkflow(req.scope).run({
    input: {
      order_id: req.params.id!,
      provider_id: COD_PROVIDER_ID,
      captured_by: req.auth_context?.actor_id,
      amount_received: body.amount_received,
    },
  })
  res.json(result)
}

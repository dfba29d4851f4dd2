import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { confirmOfflinePaymentWorkflow } from "../../../workflows/payments/confirm-offline-payment"
import type { COD_PROVIDER_ID, VIETQR_PROVIDER_ID } from "../../../workflows/payments/utils/config"

// Shared by the admin routes that record cash-on-delivery and VietQR money (not a route file).
const ConfirmationBody = z
  .object({
    /** Whole đồng as counted or as on the bank statement; must equal the amount due. */
    amount_received: z.number().int().positive().optional(),
  })
  .strict()

export type ConfirmationBodyType = z.infer<typeof ConfirmationBody>

export function parseConfirmationBody(body: unknown): ConfirmationBodyType {
  const parsed = ConfirmationBody.safeParse(body ?? {})
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; ")
    throw new MedusaError(MedusaError.Types.INVALID_DATA, problems)
  }
  return parsed.data
}

/**
 * The handler of the admin's "money received" routes of an offline payment provider: capture the
 * order's payment of that provider once the body's amount (if given) matches what is due.
 */
export function confirmOfflinePaymentRoute(providerId: typeof COD_PROVIDER_ID | typeof VIETQR_PROVIDER_ID) {
  return async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
    const body = parseConfirmationBody(req.body)
    const { result } = await confirmOfflinePaymentWorkflow(req.scope).run({
      input: {
        order_id: req.params.id!,
        provider_id: providerId,
        captured_by: req.auth_context?.actor_id,
        amount_received: body.amount_received,
      },
    })
    res.json(result)
  }
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { payPayoutBatchWorkflow } from "../../../../../workflows/ledger/pay-payout-batch"
import { payoutBatch } from "../../read"
import type { AdminPayPayoutBatchType } from "../../validators"

/** POST /admin/payouts/:id/pay { bank_reference } → { payout_batch }; a second time: 400, nothing paid twice. */
export async function POST(req: AuthenticatedMedusaRequest<AdminPayPayoutBatchType>, res: MedusaResponse) {
  await payPayoutBatchWorkflow(req.scope).run({
    input: { batch_id: req.params.id!, bank_reference: req.validatedBody.bank_reference, paid_by: req.auth_context?.actor_id },
  })
  res.json({ payout_batch: await payoutBatch(req.scope, req.params.id!) })
}

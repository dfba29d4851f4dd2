import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { discardPayoutBatchWorkflow } from "../../../../workflows/ledger/discard-payout-batch"
import { payoutBatch } from "../read"

/** GET /admin/payouts/:id → { payout_batch: { id, period, status, total, lines: [...] } } */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ payout_batch: await payoutBatch(req.scope, req.params.id!) })
}

/** DELETE /admin/payouts/:id → { id, deleted: true }: discards a batch not paid yet (a paid one is history: 400). */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const batch = await payoutBatch(req.scope, req.params.id!)
  await discardPayoutBatchWorkflow(req.scope).run({ input: { batch_id: batch.id } })
  res.json({ id: batch.id, deleted: true })
}

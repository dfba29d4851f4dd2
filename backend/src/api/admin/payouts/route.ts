import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LEDGER_MODULE, type LedgerModuleService } from "../../../modules/ledger"
import { createPayoutBatchWorkflow } from "../../../workflows/ledger/create-payout-batch"
import { payoutBatch } from "./read"
import type { AdminCreatePayoutBatchType } from "./validators"

/** GET /admin/payouts → { payout_batches: [{ id, period, status, bank_reference, paid_at }] }, newest period first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const batches = await req.scope
    .resolve<LedgerModuleService>(LEDGER_MODULE)
    .listPayoutBatches({}, { order: { period: "DESC" }, select: ["id", "period", "status", "bank_reference", "paid_at"], take: 120 })
  res.json({ payout_batches: batches })
}

/**
 * POST /admin/payouts { period: "YYYY-MM" } → { payout_batch, created, missing_bank_account }: the
 * period's batch, made once (asking again answers the same batch, created: false).
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreatePayoutBatchType>, res: MedusaResponse) {
  const { result } = await createPayoutBatchWorkflow(req.scope).run({ input: { period: req.validatedBody.period } })
  res.status(result.created ? 201 : 200).json({
    payout_batch: await payoutBatch(req.scope, result.batch_id),
    created: result.created,
    missing_bank_account: result.missing_bank_account,
  })
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordBankRefundWorkflow } from "../../../../../workflows/returns/record-bank-refund"
import { returnView } from "../../../../store/returns/view"
import type { AdminRefundTransferredType } from "../../validators"

/** POST /admin/return-requests/:id/refund-transferred { bank_reference } → { return }: a COD/VietQR refund was sent; recorded once. */
export async function POST(req: AuthenticatedMedusaRequest<AdminRefundTransferredType>, res: MedusaResponse) {
  const { result } = await recordBankRefundWorkflow(req.scope).run({
    input: { id: req.params.id!, bank_reference: req.validatedBody.bank_reference, admin_id: req.auth_context.actor_id },
  })
  res.json({ return: returnView(result, true) })
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { RETURNS_MODULE, type ReturnsModuleService } from "../../../modules/returns"
import { returnView } from "../../store/returns/view"
import type { AdminListReturnsType } from "./validators"

/**
 * GET /admin/return-requests?status=&refund_pending=true → { returns }: every return request, newest first;
 * refund_pending lists the accepted bank refunds the admin still has to transfer.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { status, refund_pending } = req.validatedQuery as AdminListReturnsType
  const filters =
    refund_pending === "true" ? { status: "accepted" as const, refund_method: "bank_transfer" as const, refunded_at: null } : status ? { status } : {}
  const returns = await req.scope.resolve<ReturnsModuleService>(RETURNS_MODULE).listReturnRequests(filters, { order: { created_at: "DESC" }, take: 500 })
  res.json({ returns: returns.map((r) => returnView(r, true)) })
}

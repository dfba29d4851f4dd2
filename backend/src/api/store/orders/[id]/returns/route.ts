import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { RETURNS_MODULE, type ReturnsModuleService } from "../../../../../modules/returns"
import { requestReturnWorkflow } from "../../../../../workflows/returns/request-return"
import { returnView } from "../../../returns/view"
import type { StoreRequestReturnType } from "../../../returns/validators"

/** GET /store/orders/:id/returns → { returns } of the signed-in customer's order (404 for another's). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const returns = await req.scope
    .resolve<ReturnsModuleService>(RETURNS_MODULE)
    .listReturnRequests({ order_id: req.params.id!, customer_id: req.auth_context.actor_id }, { order: { created_at: "DESC" } })
  if (!returns.length) {
    const { data } = await req.scope.resolve("query").graph({ entity: "order", fields: ["id"], filters: { id: req.params.id!, customer_id: req.auth_context.actor_id } })
    if (!data.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${req.params.id} was not found`)
  }
  res.json({ returns: returns.map((r) => returnView(r, true)) })
}

/**
 * POST /store/orders/:id/returns { items: [{ line_item_id, quantity }], reason, photos?, bank_account? }
 * → 201 { return }: delivered items of one producer, inside the return window (400 with the reason
 * otherwise); bank_account is required when the order was paid in cash or by VietQR.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreRequestReturnType>, res: MedusaResponse) {
  const { result } = await requestReturnWorkflow(req.scope).run({
    input: { order_id: req.params.id!, customer_id: req.auth_context.actor_id, ...req.validatedBody },
  })
  res.status(201).json({ return: returnView(result, true) })
}

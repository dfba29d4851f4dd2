import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { RETURNS_MODULE, type ReturnsModuleService } from "../../../modules/returns"
import { returnView } from "../../store/returns/view"
import { producerScope } from "../lib/scope"
import type { ProducerListReturnsType } from "./validators"

/** GET /producer/returns?status= → { returns }: the producer's own return requests, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { status } = req.validatedQuery as ProducerListReturnsType
  const returns = await req.scope
    .resolve<ReturnsModuleService>(RETURNS_MODULE)
    .listReturnRequests({ producer_id: producerScope(req).producer_id, ...(status ? { status } : {}) }, { order: { created_at: "DESC" }, take: 200 })
  res.json({ returns: returns.map((r) => returnView(r, false)) })
}

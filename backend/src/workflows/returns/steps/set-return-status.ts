import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RETURNS_MODULE, type ReturnsModuleService } from "../../../modules/returns"

type Status = "requested" | "accepted" | "refused" | "disputed"

export type SetReturnStatusInput = {
  id: string
  /** Who acts: a producer only on its own requests, a customer only on its own, the admin on any. */
  actor: { type: "producer" | "customer" | "admin"; id: string }
  to: Status
  /** The statuses the request may move from. */
  from: Status[]
  refusal_reason?: string
  dispute_note?: string
}

/**
 * Moves a return request from one status to the next, for whoever may: another producer's or
 * customer's request is "not found" (never confirmed to exist). Undone if the workflow fails later.
 */
export const setReturnStatusStep = createStep(
  "returns-set-status",
  async (input: SetReturnStatusInput, { container }) => {
    const returns = container.resolve<ReturnsModuleService>(RETURNS_MODULE)
    const [request] = await returns.listReturnRequests({ id: input.id })
    const owner = !request ? null : input.actor.type === "producer" ? request.producer_id : input.actor.type === "customer" ? request.customer_id : input.actor.id
    if (!request || owner !== input.actor.id) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Return request ${input.id} was not found`)
    if (!input.from.includes(request.status)) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `This return request is ${request.status}; it cannot become ${input.to}.`)
    }
    const decided = input.to === "accepted" || input.to === "refused"
    const updated = await returns.updateReturnRequests({
      id: request.id,
      status: input.to,
      ...(input.refusal_reason !== undefined ? { refusal_reason: input.refusal_reason } : {}),
      ...(input.dispute_note !== undefined ? { dispute_note: input.dispute_note } : {}),
      ...(decided ? { decided_by: input.actor.type, decided_at: new Date() } : {}),
    })
    const { status, refusal_reason, dispute_note, decided_by, decided_at } = request
    return new StepResponse(updated, { id: request.id, status, refusal_reason, dispute_note, decided_by, decided_at })
  },
  async (before, { container }) => {
    if (before) await container.resolve<ReturnsModuleService>(RETURNS_MODULE).updateReturnRequests(before)
  }
)

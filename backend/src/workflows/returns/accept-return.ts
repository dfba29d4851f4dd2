import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  beginReceiveReturnWorkflow,
  beginReturnOrderWorkflow,
  confirmReturnReceiveWorkflow,
  confirmReturnRequestWorkflow,
  receiveItemReturnRequestWorkflow,
  refundPaymentWorkflow,
  requestItemReturnWorkflow,
} from "@medusajs/medusa/core-flows"
import { loadReturnRequestStep } from "./steps/load-return-request"
import { loadReturnableOrderStep } from "./steps/load-returnable-order"
import { producerLocationStep } from "./steps/producer-location"
import { setReturnStatusStep } from "./steps/set-return-status"
import { updateReturnRequestStep } from "./steps/update-return-request"

export type AcceptReturnInput = { id: string; actor: { type: "producer" | "admin"; id: string } }

type Item = { line_item_id: string; quantity: number }

/**
 * The producer accepts a return request (or the admin overrules a refusal): Medusa's return is
 * requested and received back into the producer's stock, so the order's lines say what came
 * back (and the ledger reverses their shares, src/workflows/ledger); a card payment is refunded
 * at once, a COD or VietQR one waits for the admin's bank transfer (record-bank-refund.ts).
 */
export const acceptReturnWorkflow = createWorkflow("returns-accept", (input: AcceptReturnInput) => {
  const from = transform({ input }, ({ input }) => (input.actor.type === "admin" ? ["requested", "refused", "disputed"] : ["requested"]) as Array<"requested" | "refused" | "disputed">)
  const request = setReturnStatusStep({ id: input.id, actor: input.actor, to: "accepted", from })
  const location = producerLocationStep({ producer_id: request.producer_id })
  const order = loadReturnableOrderStep({ order_id: request.order_id })
  const by = transform({ input }, ({ input }) => `${input.actor.type}:${input.actor.id}`)
  const items = transform({ request }, ({ request }) => (request.items as unknown as Item[]).map((i) => ({ id: i.line_item_id, quantity: i.quantity })))

  const change = beginReturnOrderWorkflow.runAsStep({
    input: transform({ request, location, by }, ({ request, location, by }) => ({
      order_id: request.order_id,
      location_id: location ?? undefined,
      created_by: by,
      description: `Return request ${request.id}`,
    })),
  })
  const returnId = transform({ change }, ({ change }) => change.return_id as string)
  requestItemReturnWorkflow.runAsStep({ input: transform({ returnId, items }, ({ returnId, items }) => ({ return_id: returnId, items })) })
  confirmReturnRequestWorkflow.runAsStep({ input: transform({ returnId, by }, ({ returnId, by }) => ({ return_id: returnId, confirmed_by: by })) })
  beginReceiveReturnWorkflow.runAsStep({ input: transform({ returnId, by }, ({ returnId, by }) => ({ return_id: returnId, created_by: by })) })
  receiveItemReturnRequestWorkflow.runAsStep({ input: transform({ returnId, items }, ({ returnId, items }) => ({ return_id: returnId, items })) })
  confirmReturnReceiveWorkflow.runAsStep({ input: transform({ returnId, by }, ({ returnId, by }) => ({ return_id: returnId, confirmed_by: by })) })
  updateReturnRequestStep({ id: input.id, return_id: returnId }).config({ name: "returns-save-return-id" })

  when({ request, order }, ({ request, order }) => request.refund_method === "card" && !!order.payment).then(() => {
    refundPaymentWorkflow.runAsStep({
      input: transform({ request, order, by }, ({ request, order, by }) => ({
        payment_id: order.payment!.id,
        amount: Number(request.amount),
        created_by: by,
        note: `Return ${request.id}`,
      })),
    })
    updateReturnRequestStep({ id: input.id, refunded_at: transform({}, () => new Date()) }).config({ name: "returns-save-card-refund" })
  })
  // Answered as it stands after the refund (refunded_at is set for a card).
  const decided = loadReturnRequestStep({ id: input.id }).config({ name: "returns-load-accepted" })
  return new WorkflowResponse(decided)
})

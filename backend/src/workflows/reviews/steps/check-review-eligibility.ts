import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { reviewEligibility } from "@ocop/core/dist/server"
import { customerLines } from "../utils/purchased-lines"
import { reviewsService } from "../utils/service"

export type CheckReviewEligibilityInput = { customer_id: string; product_id: string; line_item_id?: string; now?: Date }
export type EligibleLine = {
  line_item_id: string
  order_id: string
  delivered_at: Date
  producer_id: string | null
  author_name: string
}

/** "Lan N." — the name shown beside a review: the first name and the family name's initial. */
function authorName(customer: { first_name?: string | null; last_name?: string | null } | undefined): string {
  const first = customer?.first_name?.trim()
  const last = customer?.last_name?.trim()
  if (!first && !last) return "Người mua"
  return [first, last ? `${last[0]}.` : ""].filter(Boolean).join(" ")
}

/**
 * The delivered line of the product a new review of this customer belongs to (@ocop/core's
 * reviewEligibility); 403 with the reason when there is none. A line counts as delivered when a
 * fulfilment holding it is marked delivered and not canceled.
 */
export const checkReviewEligibilityStep = createStep(
  "check-review-eligibility",
  async (input: CheckReviewEligibilityInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: products } = await query.graph({ entity: "product", fields: ["id", "producer.id"], filters: { id: input.product_id } })
    if (!products.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${input.product_id} was not found`)
    // A named line (the order page's form) narrows the choice to it: another order's line stays open.
    const lines = (await customerLines(query, input.customer_id, input.product_id)).filter((l) => !input.line_item_id || l.line_item_id === input.line_item_id)
    const reviewed = await reviewsService(container).listReviews(
      { customer_id: input.customer_id, product_id: input.product_id },
      { select: ["order_line_item_id"], withDeleted: true }
    )
    const verdict = reviewEligibility(lines, reviewed.map((r) => r.order_line_item_id), input.now ?? new Date())
    if (!verdict.ok) throw new MedusaError(MedusaError.Types.FORBIDDEN, verdict.message, verdict.reason)
    const { data: customers } = await query.graph({ entity: "customer", fields: ["first_name", "last_name"], filters: { id: input.customer_id } })
    const producer = (products[0] as { producer?: { id: string } | null }).producer
    return new StepResponse<EligibleLine>({
      line_item_id: verdict.line_item_id,
      order_id: verdict.order_id,
      delivered_at: verdict.delivered_at,
      producer_id: producer?.id ?? null,
      author_name: authorName(customers[0] as { first_name?: string | null; last_name?: string | null } | undefined),
    })
  }
)

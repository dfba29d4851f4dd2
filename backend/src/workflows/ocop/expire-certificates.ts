import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { NowInput } from "../lib/dates"
import { expireCertificatesStep } from "./steps"
import { syncProductsOnSaleWorkflow } from "./sync-products-on-sale"

export type ExpireCertificatesInput = {
  /** The moment to judge by (tests pass their own clock); default the current time. */
  now?: NowInput
}

export const OCOP_CERTIFICATE_EXPIRED = "ocop_certificate.expired"

/**
 * Marks every valid (or pending) certificate whose 36 months have passed as expired, with the
 * reason "Hết hạn 36 tháng kể từ ngày … / Expired: 36 months after the decision of …".
 * Returns `{ today, expired: [{ id, product_id, decision_date, expires_at }], product_ids }`
 * takes their products off sale (sync-products-on-sale.ts) and emits `ocop_certificate.expired`
 * { id, product_id } for each.
 */
export const expireCertificatesWorkflow = createWorkflow(
  "ocop-expire-certificates",
  (input: ExpireCertificatesInput) => {
    const outcome = expireCertificatesStep(input)
    const result = transform({ outcome }, ({ outcome }) => ({
      today: outcome.today,
      expired: outcome.expired,
      product_ids: outcome.expired.map((c) => c.product_id).filter((id): id is string => !!id),
    }))
    syncProductsOnSaleWorkflow.runAsStep({
      input: transform({ input, result }, ({ input, result }) => ({ product_ids: result.product_ids, now: input.now })),
    })
    emitEventStep({
      eventName: OCOP_CERTIFICATE_EXPIRED,
      data: transform({ outcome }, ({ outcome }) => outcome.expired.map((c) => ({ id: c.id, product_id: c.product_id }))),
    })
    return new WorkflowResponse(result)
  }
)

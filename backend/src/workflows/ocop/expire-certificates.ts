import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { NowInput } from "../lib/dates"
import { delistProductsStep } from "./catalog-listing"
import { expiryReason } from "./certificate-rules"
import { expireCertificatesStep } from "./steps"

export type ExpireCertificatesInput = {
  /** The moment to judge by (tests pass their own clock); default the current time. */
  now?: NowInput
}

export const OCOP_CERTIFICATE_EXPIRED = "ocop_certificate.expired"

/**
 * Marks every valid (or pending) certificate whose 36 months have passed as expired, with the
 * reason "Hết hạn 36 tháng kể từ ngày … / Expired: 36 months after the decision of …".
 * Returns `{ today, expired: [{ id, product_id, decision_date, expires_at }], product_ids }`
 * takes their products out of the storefront's catalog (their sales channels, recorded on the
 * product for the admin and for relisting on renewal) and emits `ocop_certificate.expired`
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
    delistProductsStep(
      transform({ outcome }, ({ outcome }) => ({
        at: new Date().toISOString(),
        products: outcome.expired
          .filter((c) => !!c.product_id)
          .map((c) => ({ id: c.product_id!, reason: expiryReason(c.decision_date, c.expires_at) })),
      }))
    )
    emitEventStep({
      eventName: OCOP_CERTIFICATE_EXPIRED,
      data: transform({ outcome }, ({ outcome }) => outcome.expired.map((c) => ({ id: c.id, product_id: c.product_id }))),
    })
    return new WorkflowResponse(result)
  }
)

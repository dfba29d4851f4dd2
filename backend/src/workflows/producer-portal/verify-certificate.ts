import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { syncProductsOnSaleWorkflow } from "../ocop/sync-products-on-sale"
import { OCOP_CERTIFICATE_UPSERTED } from "../ocop/upsert-product-certificate"
import { applyCertificateVerificationStep, prepareCertificateVerificationStep, type VerifyCertificateInput } from "./steps"

export type { VerifyCertificateInput }

/** The admin verified or refused one: { certificate_id, product_id, approved, reason } (the producer is told). */
export const OCOP_CERTIFICATE_DECIDED = "ocop.certificate.decided"

/**
 * The admin verifies (or rejects, with a reason) a certificate awaiting verification — a
 * producer's request or a certificate the admin stored as pending. Only then do shoppers see it.
 * Returns { certificate_id, product_id }. Emits `ocop_certificate.upserted`.
 */
export const verifyCertificateWorkflow = createWorkflow("ocop-verify-certificate", (input: VerifyCertificateInput) => {
  const plan = prepareCertificateVerificationStep(input)
  const outcome = applyCertificateVerificationStep(plan)
  // Verified: on sale from now on; rejected: stays off.
  syncProductsOnSaleWorkflow.runAsStep({
    input: transform({ input, outcome }, ({ input, outcome }) => ({ product_ids: outcome.product_id ? [outcome.product_id] : [], now: input.now })),
  }).config({ name: "sync-verified-product-on-sale" })
  emitEventStep({
    eventName: OCOP_CERTIFICATE_UPSERTED,
    data: transform({ outcome }, ({ outcome }) => (outcome.product_id ? [{ id: outcome.certificate_id, product_id: outcome.product_id }] : [])),
  })
  emitEventStep({
    eventName: OCOP_CERTIFICATE_DECIDED,
    data: transform({ input, outcome }, ({ input, outcome }) => ({
      certificate_id: outcome.certificate_id,
      product_id: outcome.product_id,
      approved: input.approved !== false,
      reason: input.reason ?? null,
    })),
  }).config({ name: "emit-certificate-decided" })
  return new WorkflowResponse(outcome)
})

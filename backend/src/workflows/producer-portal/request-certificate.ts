import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { NowInput } from "../lib/dates"
import { linkCertificateToProductStep, upsertCertificateStep } from "../ocop/steps"
import { syncProductsOnSaleWorkflow } from "../ocop/sync-products-on-sale"
import { OCOP_CERTIFICATE_UPSERTED } from "../ocop/upsert-product-certificate"
import type { OcopCertificateRecord } from "../../modules/ocop"
import { prepareCertificateRequestStep, storeChangeRequestStep } from "./steps"
import type { CertificateRequestInput } from "./utils/certificate-requests"

export type { CertificateRequestInput }

/** A producer asked for a certificate to be verified: { certificate_id, product_id } (the admin is told). */
export const OCOP_CERTIFICATE_REQUESTED = "ocop.certificate.requested"

export type RequestCertificateInput = {
  producer_id: string
  product_id: string
  member_id?: string | null
  certificate: CertificateRequestInput
  now?: NowInput
}

/**
 * A producer asks for a new certificate or a star change on one of its own products (404 for
 * any other). Checked with the same rules as the admin's certificates; stored as
 * "pending_verification" (see utils/certificate-requests.ts). Returns { kind, certificate }. Emits
 * `ocop_certificate.upserted` when the product's own certificate changed.
 */
export const requestCertificateWorkflow = createWorkflow("producer-portal-request-certificate", (input: RequestCertificateInput) => {
  const prepared = prepareCertificateRequestStep(input)
  const upserted = upsertCertificateStep(transform({ prepared }, ({ prepared }) => prepared.as_product_certificate))
  linkCertificateToProductStep(
    transform({ prepared, upserted }, ({ prepared, upserted }) =>
      prepared.kind === "new" && upserted
        ? { product_id: prepared.product_id, certificate_id: upserted.certificate.id, created: upserted.created }
        : null
    )
  )
  const change = storeChangeRequestStep(transform({ prepared }, ({ prepared }) => prepared.change))
  // A "new" request makes the product's certificate one awaiting verification: not on sale yet.
  syncProductsOnSaleWorkflow.runAsStep({
    input: transform({ prepared, change, input }, ({ prepared, input }) => ({ product_ids: [prepared.product_id], now: input.now })),
  }).config({ name: "sync-requested-product-on-sale" })
  emitEventStep({
    eventName: OCOP_CERTIFICATE_UPSERTED,
    data: transform({ prepared, upserted }, ({ prepared, upserted }) =>
      upserted ? [{ id: upserted.certificate.id, product_id: prepared.product_id }] : []
    ),
  })
  emitEventStep({
    eventName: OCOP_CERTIFICATE_REQUESTED,
    data: transform({ prepared, upserted, change }, ({ prepared, upserted, change }) => ({
      certificate_id: upserted?.certificate.id ?? (change as { id?: string } | null)?.id ?? null,
      product_id: prepared.product_id,
    })),
  }).config({ name: "emit-certificate-requested" })
  return new WorkflowResponse(
    transform({ prepared, upserted, change }, ({ prepared, upserted, change }) => ({
      kind: prepared.kind,
      product_id: prepared.product_id,
      certificate: (upserted?.certificate ?? change) as unknown as OcopCertificateRecord,
    }))
  )
})

import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { NowInput } from "../lib/dates"
import type { CertificateInput } from "./certificate-rules"
import { linkCertificateToProductStep, prepareProductCertificateStep, upsertCertificateStep } from "./steps"
import { syncProductsOnSaleWorkflow } from "./sync-products-on-sale"

export type UpsertProductCertificateInput = {
  product_id: string
  certificate: CertificateInput
  /** "Now" for the future-date rule and the expiry; default the current time. */
  now?: NowInput
}

export const OCOP_CERTIFICATE_UPSERTED = "ocop_certificate.upserted"

/**
 * Validates a certificate with @ocop/core (certified stars, stars agree with the score, decision
 * date not in the future, a real decision number, a known commune, a valid group and sub-group,
 * an issuing level that may certify those stars), computes the expiry (36 months), then creates
 * the product's certificate and links it, or replaces the values of the one it has.
 * Invalid input throws MedusaError INVALID_DATA "<field>: <why>" before anything is stored.
 * Puts the product on or off sale by the result (sync-products-on-sale.ts).
 * Emits `ocop_certificate.upserted` { id, product_id }.
 */
export const upsertProductCertificateWorkflow = createWorkflow(
  "ocop-upsert-product-certificate",
  (input: UpsertProductCertificateInput) => {
    const prepared = prepareProductCertificateStep(input)
    const upserted = upsertCertificateStep(prepared)
    linkCertificateToProductStep(
      transform({ prepared, upserted }, ({ prepared, upserted }) =>
        prepared && upserted
          ? { product_id: prepared.product_id, certificate_id: upserted.certificate.id, created: upserted.created }
          : null
      )
    )
    const result = transform({ prepared, upserted }, ({ prepared, upserted }) => ({
      product_id: prepared!.product_id,
      certificate: upserted!.certificate,
      created: upserted!.created,
    }))
    syncProductsOnSaleWorkflow.runAsStep({
      input: transform({ input, result }, ({ input, result }) => ({ product_ids: [result.product_id], now: input.now })),
    })
    emitEventStep({
      eventName: OCOP_CERTIFICATE_UPSERTED,
      data: transform({ result }, ({ result }) => ({ id: result.certificate.id, product_id: result.product_id })),
    })
    return new WorkflowResponse(result)
  }
)

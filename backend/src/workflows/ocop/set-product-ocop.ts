import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { NowInput } from "../lib/dates"
import { prepareProductProducerStep, relinkProductProducerStep } from "../producers/steps"
import { PRODUCT_PRODUCER_CHANGED } from "../producers/link-product-to-producer"
import type { CertificateInput } from "./certificate-rules"
import { linkCertificateToProductStep, prepareProductCertificateStep, upsertCertificateStep } from "./steps"
import { OCOP_CERTIFICATE_UPSERTED } from "./upsert-product-certificate"
import { syncProductsOnSaleWorkflow } from "./sync-products-on-sale"

export type SetProductOcopInput = {
  product_id: string
  /** Create or replace the product's certificate (omit to leave it). */
  certificate?: CertificateInput
  /** The product's producer (null removes it; omit to leave it). */
  producer_id?: string | null
  now?: NowInput
}

/**
 * The admin's "OCOP" form for one product: the certificate and the producer in one step.
 * Everything is validated before anything is written; a failure undoes both.
 */
export const setProductOcopWorkflow = createWorkflow("ocop-set-product-ocop", (input: SetProductOcopInput) => {
  const certificateInput = transform({ input }, ({ input }) =>
    input.certificate ? { product_id: input.product_id, certificate: input.certificate, now: input.now } : null
  )
  const producerInput = transform({ input }, ({ input }) =>
    input.producer_id !== undefined ? { product_id: input.product_id, producer_id: input.producer_id } : null
  )
  // Validate both before writing either.
  const preparedCertificate = prepareProductCertificateStep(certificateInput)
  const preparedProducer = prepareProductProducerStep(producerInput)

  const upserted = upsertCertificateStep(preparedCertificate)
  linkCertificateToProductStep(
    transform({ preparedCertificate, upserted }, ({ preparedCertificate, upserted }) =>
      preparedCertificate && upserted
        ? { product_id: preparedCertificate.product_id, certificate_id: upserted.certificate.id, created: upserted.created }
        : null
    )
  )
  const linked = relinkProductProducerStep(preparedProducer)
  // A new, revoked or renewed certificate, or another producer, may change whether it is on sale.
  syncProductsOnSaleWorkflow.runAsStep({
    input: transform({ input, linked }, ({ input }) => ({ product_ids: [input.product_id], now: input.now })),
  })

  emitEventStep({
    eventName: OCOP_CERTIFICATE_UPSERTED,
    data: transform({ input, upserted }, ({ input, upserted }) =>
      upserted ? [{ id: upserted.certificate.id, product_id: input.product_id }] : []
    ),
  }).config({ name: "emit-certificate-upserted" })
  emitEventStep({
    eventName: PRODUCT_PRODUCER_CHANGED,
    data: transform({ linked }, ({ linked }) =>
      linked && linked.producer_id !== linked.previous_producer_id ? [linked] : []
    ),
  }).config({ name: "emit-product-producer-changed" })

  return new WorkflowResponse(
    transform({ input, upserted, linked }, ({ input, upserted, linked }) => ({
      product_id: input.product_id,
      certificate: upserted?.certificate ?? null,
      producer_id: linked ? linked.producer_id : undefined,
    }))
  )
})

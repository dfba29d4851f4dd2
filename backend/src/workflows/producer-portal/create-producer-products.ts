import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createProductsWorkflow, emitEventStep } from "@medusajs/medusa/core-flows"
import { PRODUCER_MODULE } from "../../modules/producer"
import { PRODUCT_PRODUCER_CHANGED } from "../producers/link-product-to-producer"
import type { ProducerProductInput } from "./product-rules"
import { createInitialStockStep, createLinksStep, prepareProducerProductsStep } from "./steps"
import { syncProductsOnSaleWorkflow } from "../ocop/sync-products-on-sale"
import { setProductEnglishWorkflow } from "../translations/set-product-english"

export type CreateProducerProductsInput = {
  producer_id: string
  member_id?: string | null
  products: ProducerProductInput[]
  /** Name problems "products.<i>.<field>" (a batch, e.g. the CSV import) instead of "<field>". */
  batch?: boolean
}

/**
 * Creates products for a producer, all or nothing: checks everything first (VND prices are
 * whole, non-negative đồng; stock ≥ 0; a pending or suspended producer makes drafts only and may
 * not ask to publish), creates them with Medusa's createProductsWorkflow, links them to the
 * producer and puts their stock at the producer's own location. Emits `producer.product_linked`.
 */
export const createProducerProductsWorkflow = createWorkflow(
  "producer-portal-create-products",
  (input: CreateProducerProductsInput) => {
    const prepared = prepareProducerProductsStep(input)
    const created = createProductsWorkflow.runAsStep({
      input: transform({ prepared }, ({ prepared }) => ({ products: prepared.products })),
    })
    const productIds = transform({ created }, ({ created }) => created.map((p) => p.id))
    createLinksStep(
      transform({ prepared, productIds }, ({ prepared, productIds }) =>
        productIds.map((product_id) => ({
          [PRODUCER_MODULE]: { producer_id: prepared.producer_id },
          [Modules.PRODUCT]: { product_id },
        }))
      )
    )
    createInitialStockStep(
      transform({ prepared, productIds }, ({ prepared, productIds }) => ({
        location_id: prepared.location_id,
        product_ids: productIds,
        stock: prepared.stock,
      }))
    )
    // English texts, if any: createProductsWorkflow keeps the order of its input.
    setProductEnglishWorkflow.runAsStep({
      input: transform({ input, productIds }, ({ input, productIds }) => ({
        products: productIds.map((product_id, i) => {
          const { title_en, subtitle_en, description_en } = input.products[i]!
          return { product_id, english: { title_en, subtitle_en, description_en } }
        }),
      })),
    })
    // No verified certificate yet: not on sale until the admin verifies one (verify-certificate.ts).
    syncProductsOnSaleWorkflow.runAsStep({ input: transform({ productIds }, ({ productIds }) => ({ product_ids: productIds })) })
    emitEventStep({
      eventName: PRODUCT_PRODUCER_CHANGED,
      data: transform({ prepared, productIds }, ({ prepared, productIds }) =>
        productIds.map((product_id) => ({ product_id, producer_id: prepared.producer_id, previous_producer_id: null }))
      ),
    })
    return new WorkflowResponse(productIds)
  }
)

import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { syncProductsOnSaleStep, type SyncProductsOnSaleInput } from "./steps"

/** Emitted with [{ product_id, on_sale, reason_code }] for each product that went on or off sale. */
export const OCOP_PRODUCT_SALE_CHANGED = "ocop_product.sale_changed"

/**
 * The one place the catalog rule is applied (see listing-rules.ts): every workflow that changes
 * what it depends on — a certificate stored, verified, revoked or expired, a producer suspended or
 * reactivated, a product made or given to a producer — runs this as its last step, so the product
 * is in or out of sale as soon as the change is committed. Readers (store routes, search, feed,
 * shelves, sitemap, carts) keep to the publishable key's sales channels and need not judge again.
 */
export const syncProductsOnSaleWorkflow = createWorkflow("ocop-sync-products-on-sale", (input: SyncProductsOnSaleInput) => {
  const changes = syncProductsOnSaleStep(input)
  emitEventStep({ eventName: OCOP_PRODUCT_SALE_CHANGED, data: changes })
  return new WorkflowResponse(changes)
})

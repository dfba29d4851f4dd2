import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { addToCartWorkflow, transferCartCustomerWorkflow } from "@medusajs/medusa/core-flows"
import { findCartsToMergeStep, type FindCartsToMergeInput } from "./steps/find-carts-to-merge"
import { retireGuestCartStep } from "./steps/retire-guest-cart"

export type MergeCustomerCartInput = FindCartsToMergeInput

/**
 * At login the customer gets one cart: the one kept from an earlier visit or another device,
 * with the lines of the guest cart of this browser merged in (linesToMerge: nothing lost, nothing
 * doubled; bookings re-checked by the add-to-cart hook), the guest cart then retired. Without an
 * earlier cart the guest cart simply becomes the customer's. Returns { cart_id } (null: no cart).
 */
export const mergeCustomerCartWorkflow = createWorkflow("carts-merge-customer-cart", (input: MergeCustomerCartInput) => {
  const found = findCartsToMergeStep(input)

  const takeOver = transform({ found }, ({ found }) => !!found.guest_cart_id && found.customer_cart_id === found.guest_cart_id)
  when({ takeOver }, ({ takeOver }) => takeOver).then(() => {
    transferCartCustomerWorkflow.runAsStep({
      input: transform({ found, input }, ({ found, input }) => ({ id: found.guest_cart_id!, customer_id: input.customer_id })),
    })
  })

  const merge = transform({ found }, ({ found }) => !!found.guest_cart_id && !!found.customer_cart_id && found.customer_cart_id !== found.guest_cart_id)
  when({ merge, found }, ({ merge, found }) => merge && found.items.length > 0).then(() => {
    addToCartWorkflow.runAsStep({
      input: transform({ found }, ({ found }) => ({ cart_id: found.customer_cart_id!, items: found.items })),
    })
  })
  when({ merge }, ({ merge }) => merge).then(() => {
    retireGuestCartStep(transform({ found }, ({ found }) => found.guest_cart_id!))
  })

  return new WorkflowResponse(transform({ found }, ({ found }) => ({ cart_id: found.customer_cart_id })))
})

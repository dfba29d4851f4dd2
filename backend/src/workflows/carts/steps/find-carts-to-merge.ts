import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { linesToMerge, type LineToAdd } from "../merge-rules"

export type FindCartsToMergeInput = {
  customer_id: string
  /** The cart the browser held before logging in, if any. */
  guest_cart_id?: string | null
  /** The publishable key's channels: only carts sold through them. */
  sales_channel_ids?: string[]
}

export type CartsToMerge = {
  /** The customer's latest open cart (another device, an earlier visit), or null. */
  customer_cart_id: string | null
  /** The guest cart when it is open and is nobody else's, else null. */
  guest_cart_id: string | null
  /** What the guest cart adds to the customer's cart. */
  items: LineToAdd[]
}

/**
 * Finds the customer's latest open cart and checks the guest cart: a completed cart, or one that
 * belongs to another customer, is left alone (never merged or taken over).
 */
export const findCartsToMergeStep = createStep("carts-find-carts-to-merge", async (input: FindCartsToMergeInput, { container }) => {
  const carts = container.resolve(Modules.CART)
  const channels = input.sales_channel_ids?.length ? { sales_channel_id: input.sales_channel_ids } : {}
  const [latest] = await carts.listCarts(
    { customer_id: input.customer_id, completed_at: { $eq: null }, ...channels },
    { select: ["id"], order: { updated_at: "DESC" }, take: 1 }
  )
  let guest: { id: string; customer_id?: string | null; completed_at?: unknown } | undefined
  if (input.guest_cart_id) {
    ;[guest] = await carts.listCarts({ id: input.guest_cart_id, ...channels }, { select: ["id", "customer_id", "completed_at"] })
  }
  const guestUsable = !!guest && !guest.completed_at && (!guest.customer_id || guest.customer_id === input.customer_id)
  const guestId = guestUsable ? guest!.id : null
  const customerId = latest?.id ?? null
  if (!guestId || !customerId || guestId === customerId) {
    return new StepResponse<CartsToMerge>({ customer_cart_id: customerId ?? guestId, guest_cart_id: guestId === customerId ? null : guestId, items: [] })
  }
  const [guestLines, customerLines] = await Promise.all([
    carts.listLineItems({ cart_id: guestId }, { select: ["variant_id", "quantity", "metadata"] }),
    carts.listLineItems({ cart_id: customerId }, { select: ["variant_id", "quantity", "metadata"] }),
  ])
  const plain = (l: { variant_id?: string | null; quantity: unknown; metadata?: Record<string, unknown> | null }) => ({
    variant_id: l.variant_id ?? null,
    quantity: Number(l.quantity),
    metadata: l.metadata ?? null,
  })
  return new StepResponse<CartsToMerge>({
    customer_cart_id: customerId,
    guest_cart_id: guestId,
    items: linesToMerge(guestLines.map(plain), customerLines.map(plain)),
  })
})

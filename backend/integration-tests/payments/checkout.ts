// Shared by the payment integration tests (not a test file): the foundation seed, a product
// with stock, and a store checkout through the public API, as the storefront does it.
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  updateRegionsWorkflow,
} from "@medusajs/medusa/core-flows"
import { DEFAULT_ITEM_WEIGHT_G, parcelRate } from "@ocop/core/dist/server"
import { DEMO_BUYER_ADDRESS, seedFoundation, type FoundationRefs } from "../../src/scripts/seed/foundation"

export const PRODUCT_PRICE = 1_220_000
/**
 * Standard delivery of `quantity` boxes without a stated weight, from the warehouse in Hạ Long to
 * Hạ Long (the address below): one parcel within the province, by the rate table.
 */
export const standardShipping = (quantity = 1) => parcelRate("same_province", quantity * DEFAULT_ITEM_WEIGHT_G, "standard")
export const STANDARD_SHIPPING = standardShipping(1)
/** 1.220.000 ₫ of tea + one box's standard shipping within Quảng Ninh. */
export const ORDER_TOTAL = PRODUCT_PRICE + STANDARD_SHIPPING

export type Shop = FoundationRefs & {
  productId: string
  variantId: string
  inventoryItemId: string
  store: { headers: Record<string, string> }
  admin: { headers: Record<string, string> }
}

type Api = {
  get: (url: string, config?: unknown) => Promise<{ status: number; data: any }>
  post: (url: string, body?: unknown, config?: unknown) => Promise<{ status: number; data: any }>
}

/** Foundation seed, region offering the given providers, one product with `stock` units, admin token. */
export async function setUpShop(container: MedusaContainer, api: Api, providers: string[], stock = 5): Promise<Shop> {
  const refs = await seedFoundation(container)
  await updateRegionsWorkflow(container).run({
    input: { selector: { id: refs.regionId }, update: { payment_providers: providers } },
  })

  const sku = `TEST-TEA-${Math.random().toString(36).slice(2, 8)}`
  const { result: products } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title: "Trà hoa vàng (thử nghiệm)",
          status: "published",
          shipping_profile_id: refs.shippingProfileId,
          options: [{ title: "Khối lượng", values: ["100g"] }],
          variants: [
            {
              title: "100g",
              sku,
              manage_inventory: true,
              options: { "Khối lượng": "100g" },
              prices: [{ amount: PRODUCT_PRICE, currency_code: "vnd" }],
            },
          ],
          sales_channels: [{ id: refs.salesChannelId }],
        },
      ],
    },
  })
  const variantId = products[0]!.variants[0]!.id
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["inventory_items.inventory_item_id"],
    filters: { id: variantId },
  })
  const inventoryItemId = (variants[0] as any).inventory_items[0].inventory_item_id as string
  await createInventoryLevelsWorkflow(container).run({
    input: { inventory_levels: [{ inventory_item_id: inventoryItemId, location_id: refs.stockLocationId, stocked_quantity: stock }] },
  })

  const login = await api.post("/auth/user/emailpass", { email: "admin@ocop.local", password: "ocop-dev-admin" })
  return {
    ...refs,
    productId: products[0]!.id,
    variantId,
    inventoryItemId,
    store: { headers: { "x-publishable-api-key": refs.publishableKey } },
    admin: { headers: { authorization: `Bearer ${login.data.token}` } },
  }
}

/** `locale`: the cart's language from its creation, as the storefront sets it (lines are added in it). */
export type CheckoutOptions = { email?: string; customerToken?: string; quantity?: number; locale?: string }

/** Cart → item → address → standard shipping → payment collection → session: ready to complete. */
export async function prepareCart(api: Api, shop: Shop, providerId: string, options: CheckoutOptions = {}) {
  const headers = {
    ...shop.store.headers,
    ...(options.customerToken ? { authorization: `Bearer ${options.customerToken}` } : {}),
  }
  const { data: created } = await api.post(
    "/store/carts",
    { region_id: shop.regionId, ...(options.locale ? { locale: options.locale } : {}), ...(options.customerToken ? {} : { email: options.email ?? "khach@example.vn" }) },
    { headers }
  )
  const cartId = created.cart.id as string
  await api.post(`/store/carts/${cartId}/line-items`, { variant_id: shop.variantId, quantity: options.quantity ?? 1 }, { headers })
  await api.post(
    `/store/carts/${cartId}`,
    {
      shipping_address: DEMO_BUYER_ADDRESS,
    },
    { headers }
  )
  const { data: options_ } = await api.get(`/store/shipping-options?cart_id=${cartId}`, { headers })
  const standard = options_.shipping_options.find((o: { name: string }) => o.name === "Giao hàng tiêu chuẩn")
  await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: standard.id }, { headers })
  const { data: pc } = await api.post("/store/payment-collections", { cart_id: cartId }, { headers })
  const paymentCollectionId = pc.payment_collection.id as string
  const { data: withSession } = await api.post(
    `/store/payment-collections/${paymentCollectionId}/payment-sessions`,
    { provider_id: providerId },
    { headers }
  )
  const session = withSession.payment_collection.payment_sessions.find((s: { provider_id: string }) => s.provider_id === providerId)
  return { cartId, paymentCollectionId, session, headers }
}

/** The whole checkout; returns the placed order. */
export async function placeOrder(api: Api, shop: Shop, providerId: string, options: CheckoutOptions = {}) {
  const prepared = await prepareCart(api, shop, providerId, options)
  const { data } = await api.post(`/store/carts/${prepared.cartId}/complete`, {}, { headers: prepared.headers })
  if (data.type !== "order") throw new Error(`cart not completed: ${JSON.stringify(data.error ?? data)}`)
  return { ...prepared, order: data.order as { id: string; email: string; total: number; display_id: number } }
}

/** Admin view of the order's payment state. */
export async function adminOrder(api: Api, shop: Shop, orderId: string) {
  const { data } = await api.get(
    `/admin/orders/${orderId}?fields=id,status,payment_status,total,*payment_collections,*payment_collections.payments`,
    { headers: shop.admin.headers }
  )
  return data.order as {
    id: string
    status: string
    payment_status: string
    total: number
    payment_collections: { payments: { id: string; provider_id: string; amount: number; captured_at: string | null; canceled_at: string | null; data: any }[] }[]
  }
}

export async function reservedQuantity(container: MedusaContainer, shop: Shop): Promise<number> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "inventory_level",
    fields: ["reserved_quantity"],
    filters: { inventory_item_id: shop.inventoryItemId, location_id: shop.stockLocationId },
  })
  return Number((data[0] as any).reserved_quantity)
}

/** Axios rejects on 4xx: hand back the response instead. */
export function failed(e: any): { status: number; data: any } {
  if (!e?.response) throw e
  return e.response
}

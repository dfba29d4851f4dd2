import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { calculateShippingOptionsPricesWorkflow, listShippingOptionsForCartWithPricingWorkflow } from "@medusajs/medusa/core-flows"
import { getCommune } from "@ocop/vn-places"
import {
  ORIGINS_CONTEXT_KEY,
  WAREHOUSE_ORIGIN,
  type ParcelOrigin,
  type ParcelOrigins,
} from "../../../modules/fulfillment-parcels/service"

// Where each line of a cart ships from, for the parcel provider (src/modules/fulfillment-parcels),
// which cannot read the producer module itself: the product's producer, from the commune of the
// producer's stock location when it states one (address.metadata.commune_code), else the
// producer's own commune; the marketplace's warehouse for a product without a producer.

type Row = Record<string, any>

function originOf(producer: Row | null | undefined): ParcelOrigin {
  if (!producer?.handle) return WAREHOUSE_ORIGIN
  const located = (producer.stock_locations ?? [])
    .map((l: Row | null) => l?.address?.metadata?.commune_code)
    .find((code: unknown) => typeof code === "string" && getCommune(code))
  const commune = getCommune(located ?? producer.commune_code ?? "")
  const named = { producer_handle: producer.handle as string, producer_name: (producer.display_name as string | undefined) ?? null }
  if (!commune) return { ...WAREHOUSE_ORIGIN, ...named }
  return { ...named, province_code: commune.provinceCode, commune_code: commune.code }
}

/** Line item id → origin, for the cart's lines. */
export async function parcelOrigins(container: MedusaContainer, cartId: string): Promise<ParcelOrigins> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: carts } = await query.graph({ entity: "cart", fields: ["items.id", "items.product_id"], filters: { id: cartId } })
  const items = ((carts[0] as Row | undefined)?.items ?? []) as Row[]
  const productIds = [...new Set(items.map((i) => i?.product_id).filter(Boolean))] as string[]
  if (!productIds.length) return {}
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "producer.handle", "producer.display_name", "producer.commune_code", "producer.stock_locations.address.metadata"],
    filters: { id: productIds },
  })
  const byProduct = new Map((products as Row[]).map((p) => [p.id as string, originOf(p.producer)]))
  return Object.fromEntries(items.filter(Boolean).map((i) => [i.id as string, byProduct.get(i.product_id) ?? WAREHOUSE_ORIGIN]))
}

const addOrigins = async ({ input }: { input: { cart_id?: string } }, { container }: { container: MedusaContainer }) =>
  new StepResponse(input.cart_id ? { [ORIGINS_CONTEXT_KEY]: await parcelOrigins(container, input.cart_id) } : {})

listShippingOptionsForCartWithPricingWorkflow.hooks.setCalculatedShippingPricingContext(addOrigins)
calculateShippingOptionsPricesWorkflow.hooks.setCalculatedShippingPricingContext(addOrigins)

import { AbstractFulfillmentProviderService, MedusaError } from "@medusajs/framework/utils"
import type {
  CalculatedShippingOptionPrice,
  CalculateShippingOptionPriceDTO,
  CreateFulfillmentResult,
  FulfillmentOption,
} from "@medusajs/framework/types"
import { priceParcels, type ParcelInput, type ParcelPlace, type ShippingSpeed } from "@ocop/core/dist/server"

// Shipping by parcel (issue #13): one parcel per producer, each from its producer's commune, priced
// by the rate table of @ocop/core (packages/ocop-core/src/shipping.ts). The provider cannot read
// other modules, so where each cart line ships from (`ParcelOrigins`) is worked out by the
// workflows' hook and the store middleware (src/workflows/shipping/hooks/parcel-origins.ts) and handed in:
// in the calculation context (`ocop_parcel_origins`) for prices, in the method data for `data.parcels`.

export type ParcelOrigin = { producer_handle: string; producer_name?: string | null; province_code: string; commune_code: string | null }
/** Line item id → where that line ships from. */
export type ParcelOrigins = Record<string, ParcelOrigin>

export const ORIGINS_CONTEXT_KEY = "ocop_parcel_origins"
export const ORIGINS_DATA_KEY = "origins"
/** A line whose producer states no commune ships from the marketplace's warehouse in Hạ Long. */
export const WAREHOUSE_ORIGIN: ParcelOrigin = { producer_handle: "ocop-quang-ninh", producer_name: "OCOP Quảng Ninh", province_code: "22", commune_code: "06688" }

const SPEEDS: readonly ShippingSpeed[] = ["standard", "express"]

type Json = Record<string, unknown>
type CartLine = { id: string; quantity?: unknown; total?: unknown; subtotal?: unknown; unit_price?: unknown; requires_shipping?: boolean; variant?: { weight?: unknown } | null }
type CartContext = { items?: CartLine[]; shipping_address?: { metadata?: Json | null } | null; [k: string]: unknown }

const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value)
const num = (value: unknown) => (typeof value === "number" ? value : Number(value ?? 0))

function speedOf(optionData: Json): ShippingSpeed {
  const speed = optionData.id
  if (SPEEDS.includes(speed as ShippingSpeed)) return speed as ShippingSpeed
  throw new MedusaError(MedusaError.Types.INVALID_DATA, `Shipping option data.id must be one of ${SPEEDS.join(", ")}`)
}

function destinationOf(context: CartContext): ParcelPlace {
  const metadata = context.shipping_address?.metadata
  const province = isObject(metadata) ? metadata.province_code : undefined
  if (typeof province !== "string") {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Add a shipping address in Vietnam (province and commune) before choosing a delivery")
  }
  return { province_code: province, commune_code: typeof metadata!.commune_code === "string" ? (metadata!.commune_code as string) : null }
}

/** The cart's shipped lines grouped into one parcel per producer. */
function parcelsOf(context: CartContext, origins: ParcelOrigins): ParcelInput[] {
  const byProducer = new Map<string, ParcelInput>()
  for (const item of context.items ?? []) {
    if (item.requires_shipping === false) continue
    const origin = origins[item.id] ?? WAREHOUSE_ORIGIN
    const parcel = byProducer.get(origin.producer_handle) ?? {
      producer_handle: origin.producer_handle,
      origin: { province_code: origin.province_code, commune_code: origin.commune_code },
      lines: [],
    }
    const quantity = num(item.quantity)
    const weight = item.variant?.weight
    ;(parcel.lines as Array<ParcelInput["lines"][number]>).push({
      quantity,
      weight_g: weight === null || weight === undefined ? null : num(weight),
      total: item.total !== undefined && item.total !== null ? num(item.total) : num(item.unit_price) * quantity,
    })
    byProducer.set(origin.producer_handle, parcel)
  }
  return [...byProducer.values()]
}

/** The cart's parcels priced, each named after its producer for the pages and e-mails that list them. */
function price(optionData: Json, data: Json | undefined, context: CartContext, origins: ParcelOrigins) {
  const priced = priceParcels(parcelsOf(context, origins), destinationOf(context), speedOf(optionData), isCash(data))
  const names = new Map(Object.values(origins).map((o) => [o.producer_handle, o.producer_name ?? null]))
  const parcels = priced.parcels.map((p) => ({
    ...p,
    producer_name: names.get(p.producer_handle) ?? (p.producer_handle === WAREHOUSE_ORIGIN.producer_handle ? WAREHOUSE_ORIGIN.producer_name : null),
  }))
  return { ...priced, parcels }
}

function isCash(data: Json | undefined): boolean {
  return data?.payment === "cod"
}

function originsFrom(value: unknown): ParcelOrigins {
  return isObject(value) ? (value as ParcelOrigins) : {}
}

export default class ParcelFulfillmentProviderService extends AbstractFulfillmentProviderService {
  static override identifier = "parcels"

  override async getFulfillmentOptions(): Promise<FulfillmentOption[]> {
    return SPEEDS.map((id) => ({ id }))
  }

  override async validateOption(data: Json): Promise<boolean> {
    return SPEEDS.includes(data.id as ShippingSpeed)
  }

  override async canCalculate(): Promise<boolean> {
    return true
  }

  /**
   * The price: every parcel priced from the rate table, summed. Origins come only from the
   * context the server's hook computed, never from data a client sent. The COD fee is added when
   * the method's data says `payment: "cod"` (the checkout chooses delivery before payment).
   */
  override async calculatePrice(
    optionData: CalculateShippingOptionPriceDTO["optionData"],
    data: CalculateShippingOptionPriceDTO["data"],
    context: CalculateShippingOptionPriceDTO["context"]
  ): Promise<CalculatedShippingOptionPrice> {
    const cart = context as unknown as CartContext
    const priced = price(optionData, data, cart, originsFrom(cart[ORIGINS_CONTEXT_KEY]))
    // Medusa passes the provider's answer through as the option's `calculated_price`: the parcels and
    // the delivery window let the checkout show them before the buyer chooses.
    const answer = { calculated_amount: priced.amount, is_calculated_price_tax_inclusive: true, parcels: priced.parcels, window: priced.window }
    return answer as CalculatedShippingOptionPrice
  }

  /** The chosen method's data: its parcels (contract: `data.parcels`), their sum and the delivery window. */
  override async validateFulfillmentData(optionData: Json, data: Json, context: Json): Promise<Json> {
    const priced = price(optionData, data, context as CartContext, originsFrom(data[ORIGINS_DATA_KEY]))
    return {
      speed: speedOf(optionData),
      payment: isCash(data) ? "cod" : "prepaid",
      parcels: priced.parcels,
      amount: priced.amount,
      window: priced.window,
    }
  }

  override async createFulfillment(data: Json): Promise<CreateFulfillmentResult> {
    // The producer hands its parcel to the carrier; the method's parcels travel with the fulfillment.
    return { data: { parcels: data.parcels ?? [] }, labels: [] }
  }

  override async cancelFulfillment(): Promise<Json> {
    return {}
  }

  override async createReturnFulfillment(): Promise<CreateFulfillmentResult> {
    return { data: {}, labels: [] }
  }
}

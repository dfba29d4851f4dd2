// Reads behind experience bookings: the experience products of variants, a cart's booking lines,
// and the places booked by placed orders. A booking is an order line item of an experience product
// with metadata.experience_date; it counts once its order is marked `experience_booked` (set under
// the date's lock at cart completion, see ../hooks/complete-cart-bookings.ts) and while the order is
// not canceled, and while the producer has not canceled the booking itself (metadata.experience_state,
// see ../serve-booking.ts).

import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { EXPERIENCES_MODULE, type ExperienceScheduleRecord, type ExperiencesModuleService } from "../../../modules/experiences"
import type { ExperienceProduct } from "../booking-rules"
import type { Schedule } from "../schedule-rules"

type Knex = {
  raw: (sql: string, bindings: unknown[]) => Promise<{ rows: Array<Record<string, unknown>> }>
}

export const BOOKED_FLAG = "experience_booked"
const PRODUCT_FIELDS = ["id", "title", "metadata", "ocop_certificate.group"]

/** The product of each variant, by variant id. */
export async function productsOfVariants(container: MedusaContainer, variantIds: string[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", ...PRODUCT_FIELDS.map((f) => `product.${f}`)],
    filters: { id: variantIds },
  })
  return new Map((data as Array<{ id: string; product: ExperienceProduct }>).map((v) => [v.id, v.product]))
}

export async function experienceProduct(container: MedusaContainer, productId: string): Promise<ExperienceProduct | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: PRODUCT_FIELDS, filters: { id: productId } })
  return (data[0] as ExperienceProduct | undefined) ?? null
}

export type CartLine = {
  id: string
  variant_id: string | null
  product_id: string | null
  quantity: number
  metadata: Record<string, unknown> | null
}

export async function cartLines(container: MedusaContainer, cartId: string): Promise<CartLine[]> {
  const cartModule = container.resolve(Modules.CART)
  const items = await cartModule.listLineItems(
    { cart_id: cartId },
    { select: ["id", "variant_id", "product_id", "quantity", "metadata"] }
  )
  return items.map((i) => ({
    id: i.id,
    variant_id: i.variant_id ?? null,
    product_id: i.product_id ?? null,
    quantity: Number(i.quantity),
    metadata: (i.metadata as Record<string, unknown> | null) ?? null,
  }))
}

/**
 * Places booked per date and time slot ("" without one) of one product between two dates, by
 * placed orders (and by the order being completed, when given). Reads the order module's tables
 * directly: neither the module's service nor query.graph filters line items by a metadata value.
 */
export async function bookedPlacesBySlot(
  container: MedusaContainer,
  productId: string,
  from: string,
  to: string,
  options: { includeOrderId?: string } = {}
): Promise<Array<{ date: string; slot: string; booked: number }>> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as unknown as Knex
  const { rows } = await knex.raw(
    `select li.metadata->>'experience_date' as date, coalesce(li.metadata->>'experience_slot', '') as slot,
            coalesce(sum(oi.quantity), 0)::int as booked
       from order_line_item li
       join order_item oi on oi.item_id = li.id and oi.deleted_at is null
       join "order" o on o.id = oi.order_id and oi.version = o.version and o.deleted_at is null
      where li.product_id = ? and li.deleted_at is null and o.status <> 'canceled'
        and li.metadata->>'experience_date' between ? and ?
        and coalesce(li.metadata->>'experience_state', '') <> 'canceled'
        and (o.metadata->>'${BOOKED_FLAG}' = 'true' or o.id = ?)
      group by 1, 2`,
    [productId, from, to, options.includeOrderId ?? ""]
  )
  return rows.map((r) => ({ date: String(r.date), slot: String(r.slot), booked: Number(r.booked) }))
}

/** Places booked per date (every slot together) of one product between two dates. */
export async function bookedPlaces(
  container: MedusaContainer,
  productId: string,
  from: string,
  to: string,
  options: { includeOrderId?: string } = {}
): Promise<Map<string, number>> {
  const out = new Map<string, number>()
  for (const r of await bookedPlacesBySlot(container, productId, from, to, options)) out.set(r.date, (out.get(r.date) ?? 0) + r.booked)
  return out
}

/** Booked places of one date and slot ("" = the whole day, without slots). */
export const bookedIn = (rows: Array<{ date: string; slot: string; booked: number }>, date: string, slot: string | null) =>
  rows.filter((r) => r.date === date && (slot === null || r.slot === slot)).reduce((sum, r) => sum + r.booked, 0)

/**
 * The products' booking calendars, by product id (none: the experience books as before
 * schedules). Read through the module's service, never a cache: a producer's save counts at once.
 */
export async function experienceSchedules(container: MedusaContainer, productIds: string[]): Promise<Map<string, Schedule>> {
  if (!productIds.length) return new Map()
  const service = container.resolve(EXPERIENCES_MODULE) as ExperiencesModuleService
  const rows = await service.listExperienceSchedules({ product_id: [...new Set(productIds)] })
  return new Map(rows.map((r) => [r.product_id, scheduleOf(r)]))
}

export function scheduleOf(r: ExperienceScheduleRecord): Schedule {
  return {
    daily_capacity: r.daily_capacity,
    min_notice_hours: r.min_notice_hours,
    closed_weekdays: (r.closed_weekdays as unknown as number[]) ?? [],
    closed_dates: (r.closed_dates as unknown as string[]) ?? [],
    date_capacities: (r.date_capacities as unknown as Schedule["date_capacities"]) ?? [],
    slots: (r.slots as unknown as Schedule["slots"]) ?? [],
  }
}

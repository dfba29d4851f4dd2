import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { getCommune, getProvince, normalizePhone, resolveAddressPlace } from "@ocop/vn-places"
import type { GuestDeliveryAddress } from "../../../workflows/partners"
import { rawSqlOf } from "../../../lib/raw-sql"
import { service } from "./views"
import type { PartnerGuestDeliveryType } from "../validators"

// Delivery to a hotel or cruise (issue #13, item 5; docs/architecture.md, Addresses): a tourism
// partner that accepts deliveries for its guests gives its address once; a buyer then sends
// `shipping_address: { first_name, last_name, phone, metadata: { partner_id, room } }` and the
// server writes the partner's address in it, so the parcel is priced to it and nobody can
// address a parcel "to a hotel" at a home address.

type Json = Record<string, unknown>
const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value)
const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/** The setting's address checked like every address (official unit, codes, phone in E.164): a 400 naming the field otherwise. */
export function checkedGuestDelivery(body: PartnerGuestDeliveryType, partnerPhone: string): GuestDeliveryAddress | null {
  if (!body.accepts) return null
  if (!body.address_1) throw invalid("address_1: the street address (building, street) is required to accept deliveries")
  // The portal sends codes; the names then come from them (a stock client may send names alone).
  const place = resolveAddressPlace({
    province: body.province || (body.province_code ? (getProvince(body.province_code)?.name ?? body.province_code) : null),
    city: body.city || (body.commune_code ? (getCommune(body.commune_code)?.name ?? null) : null),
    provinceCode: body.province_code ?? null,
    communeCode: body.commune_code ?? null,
  })
  if (!place.ok) throw invalid(`${place.field.replace("metadata.", "")}: ${place.message}`)
  const phone = normalizePhone(body.phone || partnerPhone)
  if (!phone) throw invalid(`phone: "${(body.phone ?? "").slice(0, 40)}" is not a phone number (e.g. 0203 3800 000)`)
  return {
    address_1: body.address_1,
    province: place.province.name,
    city: place.commune.name,
    province_code: place.province.code,
    commune_code: place.commune.code,
    phone,
  }
}

/** A partner's stored setting, or null (a row written before the setting existed, or a malformed one). */
export function guestDeliveryOf(partner: { guest_delivery?: unknown }): GuestDeliveryAddress | null {
  const g = partner.guest_delivery
  return isObject(g) && typeof g.commune_code === "string" && typeof g.address_1 === "string" ? (g as GuestDeliveryAddress) : null
}

/** The public address of an accepting partner: no phone, no contact. */
const publicAddress = (g: GuestDeliveryAddress) => ({
  address_1: g.address_1,
  city: g.city,
  province: g.province,
  province_code: g.province_code,
  commune_code: g.commune_code,
})

/** Active partners that accept deliveries for their guests, by name: public data only. */
export async function acceptingPartners(scope: MedusaContainer) {
  const partners = await service(scope).listPartners(
    // A json column compared with null: the generated filter type has no operator for it.
    { status: "active", guest_delivery: { $ne: null } } as never,
    { select: ["id", "display_name", "kind", "guest_delivery"], order: { display_name: "ASC" }, take: 500 }
  )
  return partners.flatMap((p) => {
    const g = guestDeliveryOf(p)
    return g ? [{ id: p.id, display_name: p.display_name, kind: p.kind, address: publicAddress(g) }] : []
  })
}

/** The room number or booking name a delivery to a partner carries. */
const ROOM_MAX = 80

/**
 * On cart updates: a shipping address naming `metadata.partner_id` becomes that partner's address,
 * with the guest's name, phone and room (`address_2`, and `metadata.room`). An unknown partner, one
 * not active or not accepting, or a missing room is a 400 naming the field. Runs before the
 * address check (src/api/store/lib/addresses.ts), which then adds nothing but verifies it.
 */
export async function deliverToPartner(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    for (const body of new Set([(req as { validatedBody?: unknown }).validatedBody, req.body].filter(isObject))) {
      const address = body.shipping_address
      if (!isObject(address) || !isObject(address.metadata) || address.metadata.partner_id === undefined) continue
      const { partner_id: partnerId, room } = address.metadata
      if (typeof partnerId !== "string" || !partnerId) throw invalid("shipping_address.metadata.partner_id: must name a partner that accepts deliveries")
      const roomText = typeof room === "string" ? room.trim().replace(/\s+/g, " ") : ""
      if (!roomText) throw invalid("shipping_address.metadata.room: the room number or booking name is required for a delivery to a hotel or cruise")
      if (roomText.length > ROOM_MAX) throw invalid(`shipping_address.metadata.room: at most ${ROOM_MAX} characters`)
      const [partner] = await service(req.scope).listPartners({ id: partnerId, status: "active" }, { select: ["id", "display_name", "guest_delivery"] })
      const g = partner ? guestDeliveryOf(partner) : null
      if (!partner || !g) throw invalid("shipping_address.metadata.partner_id: this hotel or cruise does not accept deliveries for its guests")
      body.shipping_address = {
        first_name: address.first_name,
        last_name: address.last_name,
        phone: address.phone ?? g.phone,
        company: partner.display_name,
        address_1: g.address_1,
        address_2: roomText,
        city: g.city,
        province: g.province,
        country_code: "vn",
        metadata: { province_code: g.province_code, commune_code: g.commune_code, partner_id: partner.id, room: roomText },
      }
    }
    next()
  } catch (error) {
    next(error)
  }
}

type OrderRow = {
  id: string
  display_id: number
  created_at: string
  status: string
  shipping_address?: { first_name?: string | null; last_name?: string | null; metadata?: Json | null } | null
  shipping_methods?: Array<{ name?: string; data?: Json | null }> | null
  fulfillments?: Array<{ shipped_at?: string | null; delivered_at?: string | null; canceled_at?: string | null }> | null
}

/** Where the order's parcels are: canceled, delivered (all), shipped (any), else preparing. */
function deliveryStatus(o: OrderRow): "canceled" | "delivered" | "shipped" | "preparing" {
  if (o.status === "canceled") return "canceled"
  const live = (o.fulfillments ?? []).filter((f) => !f.canceled_at)
  if (live.length && live.every((f) => f.delivered_at)) return "delivered"
  if (live.some((f) => f.shipped_at || f.delivered_at)) return "shipped"
  return "preparing"
}

/**
 * The orders addressed to a partner for its guests, newest first: number, guest's name, room or
 * booking, parcels (who ships them, weight) and where they are. Only the partner's own: the
 * order's shipping address names it (written by `deliverToPartner`, never by the client).
 */
export async function guestDeliveries(scope: MedusaContainer, partnerId: string, limit: number, offset: number) {
  const pg = rawSqlOf(scope)
  const where = `FROM "order" o JOIN order_address a ON a.id = o.shipping_address_id
    WHERE o.deleted_at IS NULL AND a.deleted_at IS NULL AND a.metadata->>'partner_id' = ?`
  const [{ rows }, counted] = await Promise.all([
    pg.raw(`SELECT o.id ${where} ORDER BY o.created_at DESC LIMIT ? OFFSET ?`, [partnerId, limit, offset]),
    pg.raw(`SELECT count(*)::int AS count ${where}`, [partnerId]),
  ])
  const ids = rows.map((r) => r.id as string)
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = ids.length
    ? await query.graph({
        entity: "order",
        fields: [
          "id", "display_id", "created_at", "status",
          "shipping_address.first_name", "shipping_address.last_name", "shipping_address.metadata",
          "shipping_methods.name", "shipping_methods.data",
          "fulfillments.shipped_at", "fulfillments.delivered_at", "fulfillments.canceled_at",
        ],
        filters: { id: ids },
      })
    : { data: [] }
  const byId = new Map((data as unknown as OrderRow[]).map((o) => [o.id, o]))
  return {
    deliveries: ids.flatMap((id) => {
      const o = byId.get(id)
      if (!o) return []
      const method = o.shipping_methods?.[0]
      const parcels = Array.isArray(method?.data?.parcels) ? (method!.data!.parcels as Json[]) : []
      return [{
        order_id: o.id,
        display_id: o.display_id,
        created_at: o.created_at,
        guest_name: [o.shipping_address?.last_name, o.shipping_address?.first_name].filter(Boolean).join(" "),
        room: String(o.shipping_address?.metadata?.room ?? ""),
        shipping: method?.name ?? null,
        parcels: parcels.map((p) => ({ producer_name: (p.producer_name as string) ?? null, producer_handle: p.producer_handle ?? null, weight_g: p.weight_g ?? null })),
        status: deliveryStatus(o),
      }]
    }),
    count: Number(counted.rows[0]?.count ?? 0),
    limit,
    offset,
  }
}

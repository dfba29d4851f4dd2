import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { normalizePhone, resolveAddressPlace } from "@ocop/vn-places"
import { deliverToPartner } from "../../partner/lib/guest-delivery"

// The address contract (../shared/architecture.md, Addresses): every cart, customer and order
// address in Vietnam names an official province and commune-level unit, and carries their codes
// in metadata.province_code / metadata.commune_code; phones are stored in E.164. These run on
// Medusa's own routes that take addresses, so a stock client is checked as our storefront is.
// Spread into src/api/store/middlewares.ts; the admin's order edits use checkNamedAddresses
// (src/api/admin/middlewares.ts).

type Json = Record<string, unknown>

const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value)
const text = (value: unknown) => (typeof value === "string" ? value : null)
const PLACE_FIELDS = ["province", "city"] as const

function invalid(message: string): MedusaError {
  return new MedusaError(MedusaError.Types.INVALID_DATA, message)
}

/** The phone in E.164, or a 400 naming the field. */
function checkedPhone(value: unknown, path: string): string | null | undefined {
  if (value === undefined || value === null || value === "") return value as null | undefined
  const phone = typeof value === "string" ? normalizePhone(value) : null
  // Never String() an arbitrary value: a body may hold anything JSON can.
  const shown = typeof value === "string" ? `"${value.slice(0, 40)}"` : `a ${Array.isArray(value) ? "list" : typeof value}`
  if (!phone) throw invalid(`${path}: ${shown} is not a phone number (e.g. 0912 345 678, or +44 7700 900123 with the country code)`)
  return phone
}

/**
 * Checks one address in place (official names, codes added, phone in E.164) and throws a 400
 * naming `path.field`. `whole`: the address is created or replaced, so it must name its place;
 * otherwise (a partial update) the place is checked only when the update touches it.
 */
function checkAddress(address: Json, path: string, whole: boolean): void {
  const phone = checkedPhone(address.phone, `${path}.phone`)
  if (phone !== undefined) address.phone = phone

  const metadata = isObject(address.metadata) ? address.metadata : {}
  const touchesPlace =
    PLACE_FIELDS.some((f) => address[f] !== undefined) || metadata.province_code !== undefined || metadata.commune_code !== undefined
  if (!whole && !touchesPlace) return
  const country = text(address.country_code)?.toLowerCase()
  // Medusa's region check refuses countries the store does not ship to; ours is Vietnam.
  if (country && country !== "vn") return

  const place = resolveAddressPlace({
    province: text(address.province),
    city: text(address.city),
    provinceCode: text(metadata.province_code),
    communeCode: text(metadata.commune_code),
  })
  if (!place.ok) throw invalid(`${path}.${place.field}: ${place.message}`)
  address.province = place.province.name
  address.city = place.commune.name
  address.metadata = { ...metadata, province_code: place.province.code, commune_code: place.commune.code }
}

/** The request body as the route will read it: Medusa's validated copy when its validator ran first, and the raw body. */
function bodies(req: MedusaRequest): Json[] {
  const found = [(req as { validatedBody?: unknown }).validatedBody, req.body].filter(isObject)
  return [...new Set(found)]
}

/**
 * Cart and order bodies: `shipping_address` (where the parcel goes: it must name its place when
 * `whole`) and `billing_address` (for a booking, only the buyer's name and phone: its place is
 * checked when it gives one).
 */
export function checkNamedAddresses(whole: boolean) {
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    try {
      for (const body of bodies(req)) {
        if (isObject(body.shipping_address)) checkAddress(body.shipping_address, "shipping_address", whole)
        if (isObject(body.billing_address)) checkAddress(body.billing_address, "billing_address", false)
      }
      next()
    } catch (error) {
      next(error)
    }
  }
}

/** Customer address bodies: the address itself. */
function checkBodyAddress(whole: boolean) {
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    try {
      for (const body of bodies(req)) checkAddress(body, "address", whole)
      next()
    } catch (error) {
      next(error)
    }
  }
}

/** A customer's own phone. */
function checkCustomerPhone(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    for (const body of bodies(req)) {
      const phone = checkedPhone(body.phone, "phone")
      if (phone !== undefined) body.phone = phone
    }
    next()
  } catch (error) {
    next(error)
  }
}

export const addressMiddlewares: MiddlewareRoute[] = [
  // A cart's address given on creation or update replaces the previous one: it names its place.
  // A delivery to a hotel or cruise takes the partner's address first (src/api/partner/lib/guest-delivery.ts).
  { matcher: "/store/carts", method: ["POST"], middlewares: [deliverToPartner, checkNamedAddresses(true)] },
  { matcher: "/store/carts/:id", method: ["POST"], middlewares: [deliverToPartner, checkNamedAddresses(true)] },
  { matcher: "/store/customers/me/addresses", method: ["POST"], middlewares: [checkBodyAddress(true)] },
  { matcher: "/store/customers/me/addresses/:address_id", method: ["POST"], middlewares: [checkBodyAddress(false)] },
  { matcher: "/store/customers", method: ["POST"], middlewares: [checkCustomerPhone] },
  { matcher: "/store/customers/me", method: ["POST"], middlewares: [checkCustomerPhone] },
]

import { z } from "@medusajs/framework/zod"
import { PARTNER_KINDS } from "../../modules/partner"
import { MAX_SHELF_PRODUCTS } from "../../workflows/partners/shelf-rules"

// Shapes and bounds; zod's messages name the field ("Value for field 'title.vi' too small…").

const required = (max: number) => z.string().trim().min(1).max(max)
const optional = (max: number) => z.string().trim().max(max).nullish()
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "must be a month as YYYY-MM")

export const PartnerApplicationBody = z
  .object({
    display_name: required(120),
    legal_name: required(200),
    kind: z.enum(PARTNER_KINDS),
    contact_name: required(120),
    email: required(200),
    phone: required(30),
    website: optional(300),
  })
  .strict()
export type PartnerApplicationBodyType = z.infer<typeof PartnerApplicationBody>

const ShelfFields = {
  title: z.object({ vi: required(120), en: optional(120) }).strict(),
  note: z.object({ vi: optional(1000), en: optional(1000) }).strict().nullish(),
  product_ids: z.array(z.string().min(1).max(100)).max(MAX_SHELF_PRODUCTS),
}
export const PartnerCreateShelf = z.object(ShelfFields).strict()
export type PartnerCreateShelfType = z.infer<typeof PartnerCreateShelf>
export const PartnerUpdateShelf = z.object(ShelfFields).partial().strict()
export type PartnerUpdateShelfType = z.infer<typeof PartnerUpdateShelf>

export const PartnerStatsQuery = z.object({ from: month.optional(), to: month.optional() })
export type PartnerStatsQueryType = z.infer<typeof PartnerStatsQuery>

export const PartnerListOrders = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
export type PartnerListOrdersType = z.infer<typeof PartnerListOrders>

export const PartnerQrQuery = z.object({ product_id: z.string().min(1).max(100).optional() })

export const StorePartnerVisit = z.object({ code: z.string().max(100), path: z.string().max(2000).default("/") }).strict()
export type StorePartnerVisitType = z.infer<typeof StorePartnerVisit>

// The visit token answered by POST /store/partner-visits: a bare referral code credits nobody.
export const StoreCartPartner = z.object({ visit_token: z.string().min(1).max(200) }).strict()
export type StoreCartPartnerType = z.infer<typeof StoreCartPartner>

export const StoreCatalogFeed = z.object({ format: z.enum(["json", "csv"]).default("json") })

export const AdminListPartners = z
  .object({
    status: z.enum(["pending", "active", "rejected", "suspended"]).optional(),
    q: z.string().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
export type AdminListPartnersType = z.infer<typeof AdminListPartners>

export const AdminPartnerStatus = z
  .object({ status: z.enum(["active", "rejected", "suspended"]), reason: optional(500) })
  .strict()
export type AdminPartnerStatusType = z.infer<typeof AdminPartnerStatus>

export const AdminUpdatePartner = z.object({ commission_rate: z.number().min(0).max(1) }).strict()
export type AdminUpdatePartnerType = z.infer<typeof AdminUpdatePartner>

export const AdminPartnerCommissions = z
  .object({ month: month.optional(), format: z.enum(["json", "csv"]).default("json") })
export type AdminPartnerCommissionsType = z.infer<typeof AdminPartnerCommissions>

// The partner's acceptance of deliveries for its guests: its address given by codes (the portal)
// or by names (a stock client); checked against the official units in ./lib/guest-delivery.ts.
export const PartnerGuestDelivery = z
  .object({
    accepts: z.boolean(),
    address_1: optional(200),
    province: optional(100),
    city: optional(100),
    province_code: optional(2),
    commune_code: optional(5),
    phone: optional(30),
  })
  .strict()
export type PartnerGuestDeliveryType = z.infer<typeof PartnerGuestDelivery>

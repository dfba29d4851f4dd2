import { model } from "@medusajs/framework/utils"
import { PartnerAttribution } from "./partner-attribution"
import { PartnerMember } from "./partner-member"
import { PartnerVisit } from "./partner-visit"
import { Shelf } from "./shelf"

export const PARTNER_KINDS = ["hotel", "cruise", "tour_operator", "travel_agency", "other"] as const
export const PARTNER_STATUSES = ["pending", "active", "rejected", "suspended"] as const

/** A tourism partner (hotel, cruise, tour operator…) that offers the catalog to its guests and earns on what it sells. */
export const Partner = model
  .define("partner", {
    id: model.id({ prefix: "ptnr" }).primaryKey(),
    display_name: model.text(),
    legal_name: model.text(),
    kind: model.enum([...PARTNER_KINDS]),
    contact_name: model.text(),
    email: model.text(),
    phone: model.text(),
    website: model.text().nullable(),
    /** pending: applied, not reviewed; active: its code attributes; rejected / suspended: code ignored. */
    status: model.enum([...PARTNER_STATUSES]).default("pending"),
    status_reason: model.text().nullable(),
    /** Upper-case letters and digits, assigned on approval (e.g. "HALONGBAY"); `?ref=` carries it. */
    referral_code: model.text().unique().nullable(),
    /** The partner's share of an attributed order's item total, 0–1 (0.05 = 5 %). */
    commission_rate: model.float().default(0.05),
    /** True when the values are illustrative (seeded sample data). */
    sample_data: model.boolean().default(false),
    /**
     * Where guests' parcels are delivered when the partner accepts them (issue #13, item 5):
     * `{ address_1, province, city, province_code, commune_code, phone }`, checked against the
     * official units; null when it does not accept deliveries.
     */
    guest_delivery: model.json().nullable(),
    metadata: model.json().nullable(),
    members: model.hasMany(() => PartnerMember, { mappedBy: "partner" }),
    shelves: model.hasMany(() => Shelf, { mappedBy: "partner" }),
    visits: model.hasMany(() => PartnerVisit, { mappedBy: "partner" }),
    attributions: model.hasMany(() => PartnerAttribution, { mappedBy: "partner" }),
  })
  .indexes([{ on: ["status"] }])

import { model } from "@medusajs/framework/utils"
import { ProducerMember } from "./producer-member"

/** An OCOP producer ("chủ thể OCOP"): a company, cooperative, cooperative group or household business. */
export const Producer = model
  .define("producer", {
    id: model.id({ prefix: "pdcr" }).primaryKey(),
    /** URL handle, e.g. "ngoc-trai-ha-long". */
    handle: model.text().unique(),
    /** As registered, e.g. "CTCP Ngọc trai Hạ Long". */
    legal_name: model.text(),
    /** Short name for the storefront, e.g. "Ngọc trai Hạ Long". */
    display_name: model.text(),
    kind: model.enum(["company", "cooperative", "cooperative_group", "household"]),
    /** pending: signed up, not reviewed; active: may sell; suspended: hidden. */
    status: model.enum(["pending", "active", "suspended"]).default("pending"),
    status_reason: model.text().nullable(),
    /** Current commune-level unit code (one of Quảng Ninh's 54). */
    commune_code: model.text().nullable(),
    /** The locality as the producer's papers print it, e.g. "xã Đạp Thanh, huyện Ba Chẽ". */
    historic_locality: model.text().nullable(),
    story_vi: model.text().nullable(),
    story_en: model.text().nullable(),
    email: model.text().nullable(),
    phone: model.text().nullable(),
    website: model.text().nullable(),
    tax_code: model.text().nullable(),
    /** The marketplace's share of a sale, 0–1. Private: never sent by store routes. */
    commission_rate: model.float().default(0.1),
    /** True when the values are illustrative (seeded sample data). */
    sample_data: model.boolean().default(false),
    metadata: model.json().nullable(),
    /** The people who sign in to the producer portal for this producer (src/api/producer). */
    members: model.hasMany(() => ProducerMember, { mappedBy: "producer" }),
  })
  .indexes([{ on: ["status"] }])

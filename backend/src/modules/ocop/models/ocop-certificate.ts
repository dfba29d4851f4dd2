import { model } from "@medusajs/framework/utils"

/**
 * An OCOP certification decision for one product (linked through src/links/product-ocop-certificate.ts).
 * Dates are calendar days stored as midnight UTC: `decision_date` is the signing day and
 * `expires_at` the last day in force (signing day + 36 months, see @ocop/core certificateExpiryDate).
 */
export const OcopCertificate = model
  .define("ocop_certificate", {
    id: model.id({ prefix: "ocert" }).primaryKey(),
    /** 3, 4 or 5: only these are certified. */
    stars: model.number(),
    /** Total points out of 100. Null when only the stars are known (press reports rarely print points). */
    score: model.float().nullable(),
    /** Part A (production and community strength, max 40), B (marketing and brand, 25), C (quality, 35). */
    score_a: model.float().nullable(),
    score_b: model.float().nullable(),
    score_c: model.float().nullable(),
    /** Product group slug from @ocop/core: food, beverage, herbal, handicraft, ornamental, tourism. */
    group: model.text(),
    sub_group: model.text().nullable(),
    /** Normalised decision number, e.g. "377/QĐ-BNN-VPĐP". */
    decision_number: model.text(),
    decision_date: model.dateTime(),
    issuing_level: model.enum(["province", "national", "district"]),
    issuing_authority: model.text(),
    expires_at: model.dateTime(),
    status: model.enum(["valid", "expired", "revoked", "pending_verification"]).default("valid"),
    status_reason: model.text().nullable(),
    /** True when the values are illustrative (seeded sample data), not taken from a real decision. */
    sample_data: model.boolean().default(false),
    /** Current commune-level unit code (one of Quảng Ninh's 54), e.g. "06979". */
    commune_code: model.text(),
    /** The locality as printed on the decision, e.g. "xã Đạp Thanh, huyện Ba Chẽ". */
    historic_locality: model.text().nullable(),
    metadata: model.json().nullable(),
  })
  .indexes([
    { on: ["status", "expires_at"] },
    { on: ["commune_code"] },
    { on: ["group"] },
  ])

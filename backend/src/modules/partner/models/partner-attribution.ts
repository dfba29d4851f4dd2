import { model } from "@medusajs/framework/utils"
import { Partner } from "./partner"

/**
 * A cart brought by a partner and, once placed, its order and commission. The rate is the
 * partner's at the time the order was placed; amounts are whole đồng.
 */
export const PartnerAttribution = model
  .define("partner_attribution", {
    id: model.id({ prefix: "patt" }).primaryKey(),
    cart_id: model.text().unique(),
    order_id: model.text().nullable(),
    /** When the order was placed (months of the reports are counted from it). */
    placed_at: model.dateTime().nullable(),
    commission_rate: model.float().nullable(),
    /** pending: placed, not delivered; earned: delivered; void: canceled or fully refunded. */
    status: model.enum(["pending", "earned", "void"]).default("pending"),
    currency_code: model.text().default("vnd"),
    /** The order's item total net of refunds. */
    amount: model.number().default(0),
    commission: model.number().default(0),
    earned_at: model.dateTime().nullable(),
    voided_at: model.dateTime().nullable(),
    partner: model.belongsTo(() => Partner, { mappedBy: "attributions" }),
  })
  .indexes([
    { on: ["order_id"], unique: true, where: "order_id IS NOT NULL" },
    { on: ["partner_id", "placed_at"] },
  ])

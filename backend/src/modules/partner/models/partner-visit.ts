import { model } from "@medusajs/framework/utils"
import { Partner } from "./partner"

/** One click through a partner's link (`?ref=CODE`): where it landed and when. Nothing about the shopper. */
export const PartnerVisit = model
  .define("partner_visit", {
    id: model.id({ prefix: "pvis" }).primaryKey(),
    path: model.text(),
    at: model.dateTime(),
    partner: model.belongsTo(() => Partner, { mappedBy: "visits" }),
  })
  .indexes([{ on: ["partner_id", "at"] }])

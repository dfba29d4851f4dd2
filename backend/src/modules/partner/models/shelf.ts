import { model } from "@medusajs/framework/utils"
import { Partner } from "./partner"

/** A partner's named selection of products ("Quà từ Vịnh Hạ Long"), in Vietnamese and English. */
export const Shelf = model
  .define("partner_shelf", {
    id: model.id({ prefix: "shelf" }).primaryKey(),
    title_vi: model.text(),
    title_en: model.text().nullable(),
    note_vi: model.text().nullable(),
    note_en: model.text().nullable(),
    /** Product ids in the partner's order (products live in Medusa's Product Module). */
    product_ids: model.json(),
    partner: model.belongsTo(() => Partner, { mappedBy: "shelves" }),
  })

import { model } from "@medusajs/framework/utils"
import { Partner } from "./partner"

/** A person who signs in to the partner portal (actor type `partner`) on behalf of one partner. */
export const PartnerMember = model
  .define("partner_member", {
    id: model.id({ prefix: "ptmb" }).primaryKey(),
    /** Lower-case; the e-mail the member signs in with. */
    email: model.text().unique(),
    name: model.text(),
    role: model.enum(["owner", "staff"]).default("owner"),
    auth_identity_id: model.text().nullable(),
    partner: model.belongsTo(() => Partner, { mappedBy: "members" }),
  })
  .indexes([{ on: ["auth_identity_id"], unique: true, where: "auth_identity_id IS NOT NULL" }])

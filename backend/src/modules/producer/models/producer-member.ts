import { model } from "@medusajs/framework/utils"
import { Producer } from "./producer"

/**
 * A person who signs in to the producer portal (actor type `producer`) on behalf of one producer.
 * The owner filed the producer's application; staff are added later. One e-mail, one member.
 */
export const ProducerMember = model
  .define("producer_member", {
    id: model.id({ prefix: "pmem" }).primaryKey(),
    /** Lower-case; the e-mail the member signs in with. */
    email: model.text().unique(),
    name: model.text(),
    role: model.enum(["owner", "staff"]).default("staff"),
    /** The auth identity the member signs in with (set when the member registers). */
    auth_identity_id: model.text().nullable(),
    producer: model.belongsTo(() => Producer, { mappedBy: "members" }),
    metadata: model.json().nullable(),
  })
  .indexes([{ on: ["auth_identity_id"], unique: true, where: "auth_identity_id IS NOT NULL" }])

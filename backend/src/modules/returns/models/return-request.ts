import { model } from "@medusajs/framework/utils"

/**
 * A buyer's request to return delivered items of one producer (issue #15). The producer accepts
 * or refuses it (a refusal has a reason); a buyer may dispute a refusal, and the admin may
 * overrule it. An accepted request becomes a Medusa return (received) and a refund: by card, the
 * payment is refunded at once; paid in cash (COD) or by VietQR, the money goes to the bank account
 * the buyer gave, once the admin has transferred it (then the refund is recorded in Medusa).
 */
export const ReturnRequest = model
  .define("return_request", {
    id: model.id({ prefix: "rtrq" }).primaryKey(),
    order_id: model.text(),
    customer_id: model.text(),
    producer_id: model.text(),
    status: model.enum(["requested", "accepted", "refused", "disputed"]).default("requested"),
    /** [{ line_item_id, quantity, amount }]: amount is the line's share returned, whole đồng. */
    items: model.json(),
    amount: model.bigNumber(),
    reason: model.text(),
    /** URLs of the buyer's photos. */
    photos: model.json().nullable(),
    refusal_reason: model.text().nullable(),
    dispute_note: model.text().nullable(),
    /** "producer" or "admin" (an overruling). */
    decided_by: model.text().nullable(),
    decided_at: model.dateTime().nullable(),
    /** The Medusa return made when accepted. */
    return_id: model.text().nullable(),
    refund_method: model.enum(["card", "bank_transfer"]),
    /** Where a COD or VietQR buyer's money goes back. */
    bank_bin: model.text().nullable(),
    account_number: model.text().nullable(),
    account_name: model.text().nullable(),
    /** When the Medusa refund was made (card: on acceptance; bank: when the admin transferred it). */
    refunded_at: model.dateTime().nullable(),
    bank_reference: model.text().nullable(),
  })
  .indexes([{ on: ["order_id"] }, { on: ["producer_id", "status"] }, { on: ["customer_id"] }])

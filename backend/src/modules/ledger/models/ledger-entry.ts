import { model } from "@medusajs/framework/utils"

/**
 * One movement of money the marketplace records, in whole đồng. Entries are never edited or
 * deleted: a change is a reversal (the same slot and amount negated) and, where it applies, a new
 * entry. An account's balance is the sum of its entries.
 *
 * - account_type/account_id: "producer"/pdcr_…, "partner"/ptnr_…, "platform"/"platform" (its
 *   commission and the partners' cost), "tax"/"withheld" (tax withheld for households),
 *   "cash"/"collected" (money in: COD, VietQR, card; refunds out).
 * - slot: what the entry is about, e.g. "order_…:item_…:sale"; one order's slots are brought to the
 *   amounts its state calls for (src/workflows/ledger), so writing twice writes nothing twice.
 * - available_at: when the amount may be paid out (delivered, paid, return window closed); null
 *   while not known. Before it the amount is pending.
 */
export const LedgerEntry = model
  .define("ledger_entry", {
    id: model.id({ prefix: "ledg" }).primaryKey(),
    account_type: model.enum(["producer", "partner", "platform", "tax", "cash"]),
    account_id: model.text(),
    kind: model.enum([
      "sale",
      "commission",
      "tax_vat",
      "tax_pit",
      "partner_commission",
      "payment",
      "refund",
      "payout",
    ]),
    slot: model.text(),
    order_id: model.text().nullable(),
    line_item_id: model.text().nullable(),
    amount: model.bigNumber(),
    currency_code: model.text().default("vnd"),
    available_at: model.dateTime().nullable(),
    /** The entry this one reverses. */
    reverses_id: model.text().nullable(),
    /** When the movement happened (the order's placement, the capture, the delivery…). */
    occurred_at: model.dateTime(),
    metadata: model.json().nullable(),
  })
  .indexes([
    { on: ["account_type", "account_id"] },
    { on: ["order_id"] },
    { on: ["slot"] },
  ])

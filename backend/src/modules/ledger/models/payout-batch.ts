import { model } from "@medusajs/framework/utils"
import { PayoutLine } from "./payout-line"

/**
 * The money paid out to producers and partners for one period (a Vietnam calendar month): one
 * line per payee with what was payable at the period's end (or, for the running month, when the
 * batch was made; what becomes payable later waits for the next period). Created once per period; paid once,
 * with the bank's reference, which appends the payout entries to the ledger.
 */
export const PayoutBatch = model
  .define("payout_batch", {
    id: model.id({ prefix: "pobt" }).primaryKey(),
    /** "2026-11": amounts payable by the end of that month (Vietnam time). */
    period: model.text().unique(),
    /** What was payable at this instant is in the batch: the period's end, or when it was made if earlier. */
    cutoff_at: model.dateTime(),
    status: model.enum(["open", "paid"]).default("open"),
    bank_reference: model.text().nullable(),
    paid_at: model.dateTime().nullable(),
    paid_by: model.text().nullable(),
    lines: model.hasMany(() => PayoutLine, { mappedBy: "batch" }),
  })

import { model } from "@medusajs/framework/utils"
import { PayoutBatch } from "./payout-batch"

/** One payee's transfer in a payout batch; the bank account as it was when the batch was made. */
export const PayoutLine = model.define("payout_line", {
  id: model.id({ prefix: "poln" }).primaryKey(),
  account_type: model.enum(["producer", "partner"]),
  account_id: model.text(),
  amount: model.bigNumber(),
  bank_bin: model.text().nullable(),
  account_number: model.text().nullable(),
  account_name: model.text().nullable(),
  /** The transfer's content ("nội dung chuyển khoản"). */
  content: model.text(),
  batch: model.belongsTo(() => PayoutBatch, { mappedBy: "lines" }),
})

import { model } from "@medusajs/framework/utils"

/**
 * Where a producer's or partner's money is transferred: a Vietnamese bank account (the bank's
 * NAPAS BIN, the account number and the account holder's name as the bank spells it).
 */
export const PayeeAccount = model
  .define("payee_account", {
    id: model.id({ prefix: "pyac" }).primaryKey(),
    account_type: model.enum(["producer", "partner"]),
    account_id: model.text(),
    bank_bin: model.text(),
    account_number: model.text(),
    account_name: model.text(),
  })
  .indexes([{ on: ["account_type", "account_id"], unique: true }])

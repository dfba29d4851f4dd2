import { z } from "@medusajs/framework/zod"
import { BankAccountBody } from "../../producer/bank-account/bank-account"

export const StoreRequestReturn = z
  .object({
    items: z
      .array(z.object({ line_item_id: z.string().min(1), quantity: z.number().int("quantity must be a whole number").min(1, "quantity must be at least 1") }).strict())
      .min(1, "choose at least one item to return")
      .max(50),
    reason: z.string().trim().min(5, "reason: say in a few words what is wrong with the items").max(1000),
    photos: z.array(z.string().url("photos must be links to the uploaded pictures")).max(6, "at most 6 photos").optional(),
    bank_account: BankAccountBody.optional(),
  })
  .strict()
export type StoreRequestReturnType = z.infer<typeof StoreRequestReturn>

export const StoreDisputeReturn = z.object({ note: z.string().trim().min(5, "note: say why the refusal is wrong").max(1000) }).strict()
export type StoreDisputeReturnType = z.infer<typeof StoreDisputeReturn>

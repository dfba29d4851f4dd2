import { z } from "@medusajs/framework/zod"

export const AdminListReturns = z
  .object({
    status: z.enum(["requested", "accepted", "refused", "disputed"]).optional(),
    /** Accepted bank refunds not yet transferred. */
    refund_pending: z.enum(["true", "false"]).optional(),
  })
  .strict()
export type AdminListReturnsType = z.infer<typeof AdminListReturns>

export const AdminRefundTransferred = z
  .object({ bank_reference: z.string().trim().min(3, "bank_reference is the bank's reference of the transfer").max(100) })
  .strict()
export type AdminRefundTransferredType = z.infer<typeof AdminRefundTransferred>

import { z } from "@medusajs/framework/zod"

export const AdminCreatePayoutBatch = z.object({ period: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "period must be a month written YYYY-MM") }).strict()
export type AdminCreatePayoutBatchType = z.infer<typeof AdminCreatePayoutBatch>

export const AdminPayPayoutBatch = z
  .object({ bank_reference: z.string().trim().min(3, "bank_reference is the bank's reference of the transfers").max(100) })
  .strict()
export type AdminPayPayoutBatchType = z.infer<typeof AdminPayPayoutBatch>

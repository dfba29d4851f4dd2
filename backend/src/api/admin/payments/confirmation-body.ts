import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"

// Shared by the admin routes that record cash-on-delivery and VietQR money (not a route file).
const ConfirmationBody = z
  .object({
    /** Whole đồng as counted or as on the bank statement; must equal the amount due. */
    amount_received: z.number().int().positive().optional(),
  })
  .strict()

export type ConfirmationBodyType = z.infer<typeof ConfirmationBody>

export function parseConfirmationBody(body: unknown): ConfirmationBodyType {
  const parsed = ConfirmationBody.safeParse(body ?? {})
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; ")
    throw new MedusaError(MedusaError.Types.INVALID_DATA, problems)
  }
  return parsed.data
}

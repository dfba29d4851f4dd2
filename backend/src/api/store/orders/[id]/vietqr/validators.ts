import { z } from "@medusajs/framework/zod"

/** `?email=`: a guest's proof of being the buyer (compared without case). */
export const StoreVietQrQuery = z.object({ email: z.string().trim().min(1).optional() })

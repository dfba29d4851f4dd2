import { z } from "@medusajs/framework/zod"

export const ProducerListReturns = z.object({ status: z.enum(["requested", "accepted", "refused", "disputed"]).optional() }).strict()
export type ProducerListReturnsType = z.infer<typeof ProducerListReturns>

export const ProducerRefuseReturn = z.object({ reason: z.string().trim().min(5, "reason: tell the buyer why the return is refused").max(1000) }).strict()
export type ProducerRefuseReturnType = z.infer<typeof ProducerRefuseReturn>

import { z } from "@medusajs/framework/zod"
import { PRODUCER_KINDS } from "../admin/validators"

// Shapes of the store's own OCOP routes (producers, products, certificates); the admin's producer
// kinds are the store's filter too.

const limit = (max: number, fallback: number) => z.coerce.number().int().min(1).max(max).default(fallback)
const offset = z.coerce.number().int().min(0).default(0)

export const StoreListProducers = z.object({
  kind: z.enum(PRODUCER_KINDS).optional(),
  commune_code: z.string().optional(),
  limit: limit(100, 50),
  offset,
})
export type StoreListProducersType = z.infer<typeof StoreListProducers>

export const StoreGetProducer = z.object({
  /** With a region, each product carries its lowest calculated price in the region's currency. */
  region_id: z.string().optional(),
})
export type StoreGetProducerType = z.infer<typeof StoreGetProducer>

/** GET /store/ocop-products/:handle has no parameters of its own (`locale` is Medusa's). */
export const StoreGetOcopProduct = z.object({})

/** GET /store/ocop-certificates?q=: any text up to 200 characters (it is matched literally). */
export const StoreLookupCertificates = z.object({
  q: z
    .string()
    .max(200, "q: at most 200 characters")
    .refine((q) => !/[\u0000-\u001f]/.test(q), "q: control characters cannot be part of a decision number or a name")
    .optional()
    .default(""),
})
export type StoreLookupCertificatesType = z.infer<typeof StoreLookupCertificates>

import { z } from "@medusajs/framework/zod"

// Shapes only: the domain rules (stars, score, dates, places…) are checked by the workflows with
// @ocop/core, which answer 400 "<field>: <why>".

const nullableText = z.string().nullish()

export const CertificateBody = z
  .object({
    stars: z.number(),
    score: z.number().nullish(),
    score_a: z.number().nullish(),
    score_b: z.number().nullish(),
    score_c: z.number().nullish(),
    group: z.string(),
    sub_group: nullableText,
    decision_number: z.string(),
    /** YYYY-MM-DD */
    decision_date: z.string(),
    issuing_level: z.enum(["province", "national", "district"]),
    issuing_authority: z.string(),
    commune_code: z.string(),
    historic_locality: nullableText,
    status: z.enum(["valid", "revoked", "pending_verification"]).optional(),
    status_reason: nullableText,
    sample_data: z.boolean().optional(),
    metadata: z.record(z.string(), z.unknown()).nullish(),
  })
  .strict()

export const AdminSetProductOcop = z
  .object({
    certificate: CertificateBody.optional(),
    /** The product's producer; null removes it. */
    producer_id: z.string().nullable().optional(),
  })
  .strict()
export type AdminSetProductOcopType = z.infer<typeof AdminSetProductOcop>

export const PRODUCER_KINDS = ["company", "cooperative", "cooperative_group", "household"] as const
const PRODUCER_STATUSES = ["pending", "active", "suspended"] as const

const ProducerProfile = {
  legal_name: z.string(),
  display_name: z.string(),
  kind: z.enum(PRODUCER_KINDS),
  commune_code: nullableText,
  historic_locality: nullableText,
  story_vi: nullableText,
  story_en: nullableText,
  email: nullableText,
  phone: nullableText,
  website: nullableText,
  tax_code: nullableText,
  commission_rate: z.number(),
  sample_data: z.boolean(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
}

export const AdminCreateProducer = z
  .object({
    ...ProducerProfile,
    kind: ProducerProfile.kind.optional(),
    commission_rate: ProducerProfile.commission_rate.optional(),
    sample_data: ProducerProfile.sample_data.optional(),
    handle: z.string().optional(),
    status: z.enum(PRODUCER_STATUSES).optional(),
    status_reason: nullableText,
    stock_location_ids: z.array(z.string()).optional(),
  })
  .strict()
export type AdminCreateProducerType = z.infer<typeof AdminCreateProducer>

export const AdminUpdateProducer = z
  .object({
    ...ProducerProfile,
    handle: z.string(),
  })
  .partial()
  .strict()
export type AdminUpdateProducerType = z.infer<typeof AdminUpdateProducer>

export const AdminProducerStatus = z
  .object({
    status: z.enum(PRODUCER_STATUSES),
    /** Required to suspend. */
    reason: nullableText,
  })
  .strict()
export type AdminProducerStatusType = z.infer<typeof AdminProducerStatus>

const limit = (max: number, fallback: number) => z.coerce.number().int().min(1).max(max).default(fallback)
const offset = z.coerce.number().int().min(0).default(0)

export const AdminListProducers = z.object({
  q: z.string().optional(),
  status: z.enum(PRODUCER_STATUSES).optional(),
  limit: limit(1000, 50),
  offset,
})
export type AdminListProducersType = z.infer<typeof AdminListProducers>

export const AdminListCertificates = z.object({
  /** expiring: valid and last valid day within 90 days; expired: past its 36 months (or marked so). */
  status: z.enum(["valid", "expiring", "expired", "revoked", "pending_verification"]).optional(),
  limit: limit(200, 50),
  offset,
})
export type AdminListCertificatesType = z.infer<typeof AdminListCertificates>

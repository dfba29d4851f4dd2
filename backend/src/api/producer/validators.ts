import { z } from "@medusajs/framework/zod"
import { CertificateBody } from "../admin/validators"

// Shapes only. The rules (VND prices, stock ≥ 0, tax code, commune…) are checked by
// src/workflows/producer-portal, which answer 400 naming the field.

// Every text a producer writes has a ceiling (issue #21: a 100,000-character title was saved).
const line = (max = 200) => z.string().max(max, `at most ${max} characters`)
const text = line(500).nullish()
const longText = line(10_000).nullish()
/** A link the shop shows to buyers: http(s) only (never javascript: or data:). */
const webUrl = z
  .string()
  .max(2_000, "at most 2000 characters")
  .refine((value) => value.trim() === "" || /^https?:\/\/\S+$/i.test(value.trim()), "must be an http:// or https:// address")
  .nullish()
const sku = line(64).nullish()
const limit = (max: number, fallback: number) => z.coerce.number().int().min(1).max(max).default(fallback)
const offset = z.coerce.number().int().min(0).default(0)

export const ProducerApplicationBody = z
  .object({
    legal_name: line(),
    display_name: text,
    kind: z.enum(["company", "cooperative", "cooperative_group", "household"]).optional(),
    commune_code: line(10),
    historic_locality: text,
    tax_code: line(20),
    address: text,
    story_vi: longText,
    contact: z.object({ name: line(), phone: line(30), email: text }).strict(),
  })
  .strict()
export type ProducerApplicationBodyType = z.infer<typeof ProducerApplicationBody>

/** What a producer may change of its own profile (not its legal data, status or commission). */
export const ProducerUpdateMe = z
  .object({
    display_name: line(),
    story_vi: longText,
    story_en: longText,
    email: text,
    phone: line(30).nullish(),
    // Checked by the update workflow (http(s) only), which names the field.
    website: text,
    historic_locality: text,
  })
  .partial()
  .strict()
export type ProducerUpdateMeType = z.infer<typeof ProducerUpdateMe>

const NewVariant = z
  .object({
    title: text,
    sku,
    /** Whole đồng. */
    price: z.number(),
    stock: z.number().optional(),
  })
  .strict()

export const ProducerCreateProduct = z
  .object({
    title: line(),
    subtitle: text,
    description: longText,
    // English texts, shown on /en (Translation Module, locale en-US); the same ceilings.
    title_en: line().nullish(),
    subtitle_en: text,
    description_en: longText,
    handle: line().nullish(),
    group: text,
    status: z.enum(["draft", "published"]).optional(),
    thumbnail: text,
    variants: z.array(NewVariant).min(1).max(100),
  })
  .strict()
export type ProducerCreateProductType = z.infer<typeof ProducerCreateProduct>

export const ProducerUpdateProduct = z
  .object({
    title: line().optional(),
    subtitle: text,
    description: longText,
    title_en: line().nullish(),
    subtitle_en: text,
    description_en: longText,
    group: text,
    status: z.enum(["draft", "published"]).optional(),
    thumbnail: text,
    variants: z
      .array(z.object({ id: line(100), sku, price: z.number().optional() }).strict())
      .max(100)
      .optional(),
  })
  .strict()
export type ProducerUpdateProductType = z.infer<typeof ProducerUpdateProduct>

export const ProducerListProducts = z.object({
  q: z.string().optional(),
  status: z.enum(["draft", "published"]).optional(),
  /** true: only archived products; default: only products not archived. */
  archived: z.enum(["true", "false"]).optional(),
  limit: limit(200, 50),
  offset,
})
export type ProducerListProductsType = z.infer<typeof ProducerListProducts>

export const ProducerCertificateRequest = CertificateBody.omit({ status: true, status_reason: true, sample_data: true }).strict()
export type ProducerCertificateRequestType = z.infer<typeof ProducerCertificateRequest>

export const ProducerSetStock = z
  .object({
    levels: z
      .array(z.object({ variant_id: z.string(), stocked_quantity: z.number() }).strict())
      .min(1)
      .max(500),
  })
  .strict()
export type ProducerSetStockType = z.infer<typeof ProducerSetStock>

export const ProducerListOrders = z.object({ limit: limit(100, 20), offset })
export type ProducerListOrdersType = z.infer<typeof ProducerListOrders>

export const ProducerCreateFulfillment = z
  .object({
    items: z.array(z.object({ id: z.string(), quantity: z.number() }).strict()).min(1).optional(),
    carrier: line(100),
    tracking_number: line(100),
    tracking_url: webUrl,
  })
  .strict()
export type ProducerCreateFulfillmentType = z.infer<typeof ProducerCreateFulfillment>

export const ProducerServeBooking = z
  .object({
    action: z.enum(["confirm", "visited", "no_show", "cancel"], {
      message: "action must be one of confirm, visited, no_show, cancel",
    }),
    /** Required to cancel: the guest is told why. */
    reason: z.string().max(500, "reason: at most 500 characters").nullish(),
  })
  .strict()
export type ProducerServeBookingType = z.infer<typeof ProducerServeBooking>

export const ProducerStatementQuery = z.object({
  /** YYYY-MM, a calendar month in Vietnam's time; default the current month. */
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "month must be YYYY-MM, e.g. 2026-11")
    .optional(),
  format: z.enum(["json", "csv"]).default("json"),
})
export type ProducerStatementQueryType = z.infer<typeof ProducerStatementQuery>

/** The CSV import: `dry_run=true` checks the sheet and saves nothing; messages in `locale` (vi default). */
export const ProducerImportQuery = z.object({
  dry_run: z.enum(["true", "false"]).default("false"),
  locale: z.enum(["vi", "en"]).default("vi"),
})
export type ProducerImportQueryType = z.infer<typeof ProducerImportQuery>

/** The import template, its notes in `locale`. */
export const ProducerImportTemplateQuery = ProducerImportQuery.pick({ locale: true })
export type ProducerImportTemplateQueryType = z.infer<typeof ProducerImportTemplateQuery>

export const AdminVerifyCertificate = z
  .object({
    /** Default true; false rejects the request (reason required). */
    approved: z.boolean().optional(),
    reason: text,
  })
  .strict()
export type AdminVerifyCertificateType = z.infer<typeof AdminVerifyCertificate>

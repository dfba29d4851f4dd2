import type { MedusaStoreRequest } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { getUnit, GROUP_SLUGS, type GroupSlug } from "@ocop/core"
import { urlLocales } from "../../../lib/request-locale"
import { SORTS, type StoreSearchParams } from "../../../search/lib/store-search"

export const MAX_QUERY_LENGTH = 200
export const MAX_LIMIT = 100
export const DEFAULT_LIMIT = 20
/** Deep pages are for crawlers, not shoppers; they also cost the database the most. */
export const MAX_OFFSET = 10_000
const MAX_PRICE = 1_000_000_000_000
const PRODUCER_HANDLE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

const ALLOWED = ["q", "stars", "group", "commune", "producer", "price_min", "price_max", "min_rating", "sort", "limit", "offset", "locale", "mode"]

// Query strings arrive as text; a parameter given twice arrives as an array, and `a[b]=c` as an
// object (qs). Scalars must be given once; lists may be comma-separated, repeated, or both.
const once = (what: string) =>
  z.string({ error: (issue) => (issue.input === undefined ? undefined : `must be given once, as ${what}`) })

const list = (what: string, max: number, check: (item: string) => boolean) =>
  z
    .union([z.string(), z.array(z.string())], { error: `must be ${what}, comma-separated` })
    .transform((value) =>
      (Array.isArray(value) ? value : [value])
        .flatMap((part) => part.split(","))
        .map((part) => part.trim())
        .filter((part) => part.length > 0)
    )
    .check((ctx) => {
      const bad = ctx.value.filter((item) => !check(item))
      if (bad.length) {
        ctx.issues.push({
          code: "custom",
          input: ctx.value,
          message: `must be ${what}; got ${bad
            .slice(0, 3)
            .map((b) => JSON.stringify(b.length > 40 ? `${b.slice(0, 40)}…` : b))
            .join(", ")}`,
        })
      } else if (ctx.value.length > max) {
        ctx.issues.push({ code: "custom", input: ctx.value, message: `at most ${max} values` })
      }
    })

const wholeNumber = (what: string, min: number, max: number) =>
  once(`a whole number from ${min} to ${max}`).check((ctx) => {
    const ok = /^\d{1,16}$/.test(ctx.value) && Number(ctx.value) >= min && Number(ctx.value) <= max
    if (!ok) {
      ctx.issues.push({
        code: "custom",
        input: ctx.value,
        message: `${what} must be a whole number from ${min} to ${max}`,
      })
    }
  })

export const StoreSearchQuerySchema = z
  .object({
    q: once("text").max(MAX_QUERY_LENGTH, `must be at most ${MAX_QUERY_LENGTH} characters`).optional(),
    stars: list("3, 4 or 5", 3, (s) => s === "3" || s === "4" || s === "5").optional(),
    group: list(`one of ${GROUP_SLUGS.join(", ")}`, GROUP_SLUGS.length, (s) =>
      (GROUP_SLUGS as readonly string[]).includes(s)
    ).optional(),
    commune: list("a code of one of Quảng Ninh's 54 commune-level units (e.g. 06979)", 54, (s) => !!getUnit(s)).optional(),
    producer: list("a producer handle (lower-case letters, digits and dashes)", 20, (s) => s.length <= 100 && PRODUCER_HANDLE.test(s)).optional(),
    price_min: wholeNumber("price_min", 0, MAX_PRICE).optional(),
    price_max: wholeNumber("price_max", 0, MAX_PRICE).optional(),
    min_rating: wholeNumber("min_rating", 1, 5).optional(),
    sort: once(SORTS.join(", "))
      .refine((s) => (SORTS as readonly string[]).includes(s), `must be one of ${SORTS.join(", ")}`)
      .optional(),
    limit: wholeNumber("limit", 1, MAX_LIMIT).optional(),
    offset: wholeNumber("offset", 0, MAX_OFFSET).optional(),
    locale: once("vi or en")
      .refine((s) => /^(vi|en)([-_][a-z]{2})?$/i.test(s), "must be vi or en")
      .optional(),
    mode: once("prefix").refine((s) => s === "prefix" || s === "words", "must be prefix or words").optional(),
  })
  .strict()

/** A message naming every parameter that is wrong, e.g. `limit must be a whole number from 1 to 100; stars: must be 3, 4 or 5; got "abc"`. */
function describe(error: z.ZodError): string {
  const parts: string[] = []
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      const keys = (issue as { keys: string[] }).keys.map((k) => (k.length > 40 ? `${k.slice(0, 40)}…` : k))
      parts.push(`unknown parameter${keys.length > 1 ? "s" : ""} ${keys.join(", ")} (allowed: ${ALLOWED.join(", ")})`)
      continue
    }
    const path = issue.path.join(".")
    const message = issue.message
    parts.push(message.startsWith(`${path} `) ? message : `${path}: ${message}`)
  }
  return `Invalid search: ${parts.join("; ")}`
}

export type ParseResult = { ok: true; params: StoreSearchParams } | { ok: false; message: string }

/** Validates `req.query` of GET /store/search. */
export function parseStoreSearchQuery(query: unknown): ParseResult {
  // An empty parameter (`price_min=` from a form left blank) means "not given".
  const given = Object.fromEntries(
    Object.entries((query ?? {}) as Record<string, unknown>).filter(([, value]) => value !== "" && value !== undefined)
  )
  const parsed = StoreSearchQuerySchema.safeParse(given)
  if (!parsed.success) return { ok: false, message: describe(parsed.error) }
  const v = parsed.data
  const priceMin = v.price_min === undefined ? undefined : Number(v.price_min)
  const priceMax = v.price_max === undefined ? undefined : Number(v.price_max)
  if (priceMin !== undefined && priceMax !== undefined && priceMin > priceMax) {
    return { ok: false, message: `Invalid search: price_min (${priceMin}) is above price_max (${priceMax})` }
  }
  return {
    ok: true,
    params: {
      q: v.q ?? "",
      stars: [...new Set((v.stars ?? []).map(Number))],
      group: [...new Set(v.group ?? [])] as GroupSlug[],
      commune: [...new Set(v.commune ?? [])],
      producer: [...new Set(v.producer ?? [])],
      price_min: priceMin,
      price_max: priceMax,
      min_rating: v.min_rating === undefined ? undefined : Number(v.min_rating),
      sort: (v.sort as StoreSearchParams["sort"]) ?? "relevance",
      limit: v.limit === undefined ? DEFAULT_LIMIT : Number(v.limit),
      offset: v.offset === undefined ? 0 : Number(v.offset),
      locale: v.locale?.toLowerCase().startsWith("en") ? "en" : "vi",
      mode: v.mode === "prefix" ? "prefix" : "words",
    },
  }
}

/**
 * The query with its `locale`: Medusa's store middleware moves `?locale=` to `req.locale` (for
 * translations) and deletes it from `req.query`, so it is read back from the URL to be validated
 * like any other parameter; without one, the `x-medusa-locale` header's choice is used when it is
 * Vietnamese or English.
 */
export function withLocale(req: MedusaStoreRequest): Record<string, unknown> {
  const query: Record<string, unknown> = { ...(req.query as Record<string, unknown>) }
  const fromUrl = urlLocales(req)
  if (fromUrl.length) query.locale = fromUrl.length === 1 ? fromUrl[0] : fromUrl
  else if (typeof req.locale === "string" && /^(vi|en)\b/i.test(req.locale)) query.locale = req.locale
  return query
}

import { checkVndAmount, GROUP_SLUGS, isGroupSlug, slugify } from "@ocop/core"
import { SHEET_DEFAULT_VARIANT, SHEET_MAX_STOCK } from "@ocop/core/dist/server"
import type { FieldProblem } from "../lib/errors"
import type { ProductEnglishInput } from "../translations/steps/prepare-product-english"

// What a producer may send about its products, and the rules for it. Pure: the routes use it to
// answer 400 with one problem per field, the workflows to refuse anything that slips past.

export const PRODUCT_STATUSES = ["draft", "published"] as const
export type ProducerProductStatus = (typeof PRODUCT_STATUSES)[number]

/** One sellable variant: its own title (e.g. "Hộp 100g"), price in whole đồng and stock. */
export type ProducerVariantInput = {
  title?: string | null
  sku?: string | null
  /** Whole đồng, ≥ 0 (VND has no minor unit). */
  price: number
  /** Units on hand at the producer's own stock location; default 0. */
  stock?: number
}

/** Vietnamese in title/subtitle/description, English in *_en (stored as en-US translations). */
export type ProducerProductInput = ProductEnglishInput & {
  title: string
  subtitle?: string | null
  description?: string | null
  /** URL handle; default: from the title, made unique. */
  handle?: string | null
  /** OCOP product group slug: food, beverage, herbal, handicraft, ornamental, tourism. */
  group?: string | null
  /** Default "published" for an active producer; a pending or suspended producer only makes drafts. */
  status?: ProducerProductStatus
  thumbnail?: string | null
  variants: ProducerVariantInput[]
}

export type ProducerVariantUpdate = { id: string; title?: string; sku?: string | null; price?: number }

export type ProducerProductUpdate = ProductEnglishInput & {
  title?: string
  subtitle?: string | null
  description?: string | null
  group?: string | null
  status?: ProducerProductStatus
  thumbnail?: string | null
  variants?: ProducerVariantUpdate[]
}

// The same limits as the CSV import reads (@ocop/core product-sheet).
export const MAX_STOCK = SHEET_MAX_STOCK
const HANDLE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
/** The option every producer product has; its values are the variant titles. */
export const VARIANT_OPTION_TITLE = "Loại"
export const DEFAULT_VARIANT_TITLE = SHEET_DEFAULT_VARIANT

/** A price problem, or null: a whole, non-negative number of đồng. */
export function checkPrice(value: unknown, field: string): FieldProblem | null {
  const problem = checkVndAmount(value)
  if (!problem) return null
  if (typeof value === "number" && Number.isFinite(value) && !Number.isInteger(value)) {
    return { field, message: `must be a whole number of đồng (VND has no decimals); got ${value}` }
  }
  if (typeof value === "number" && value < 0) return { field, message: `must not be negative; got ${value}` }
  return { field, message: problem }
}

/** A stock problem, or null: a whole number of units from 0. */
export function checkStock(value: unknown, field: string): FieldProblem | null {
  if (typeof value !== "number" || !Number.isFinite(value)) return { field, message: `must be a whole number of units; got ${String(value)}` }
  if (!Number.isInteger(value)) return { field, message: `must be a whole number of units; got ${value}` }
  if (value < 0) return { field, message: `stock cannot be below zero; got ${value}` }
  if (value > MAX_STOCK) return { field, message: `must be at most ${MAX_STOCK}; got ${value}` }
  return null
}

function text(value: string | null | undefined): string | null {
  if (value === undefined || value === null) return null
  const t = value.trim()
  return t === "" ? null : t
}

function checkGroup(group: string | null | undefined, field: string, problems: FieldProblem[]) {
  const g = text(group)
  if (g && !isGroupSlug(g)) problems.push({ field, message: `must be one of ${GROUP_SLUGS.join(", ")}; got ${g}` })
}

function checkThumbnail(value: string | null | undefined, field: string, problems: FieldProblem[]) {
  const url = text(value)
  if (!url) return
  try {
    const u = new URL(url)
    if (u.protocol !== "https:" && u.protocol !== "http:") throw new Error("scheme")
  } catch {
    problems.push({ field, message: `not an http(s) address: "${url}"` })
  }
}

/** Every problem of a new product; `prefix` names it inside a batch (e.g. "products.2."). */
export function checkNewProduct(input: ProducerProductInput, prefix = ""): FieldProblem[] {
  const problems: FieldProblem[] = []
  if (!text(input.title)) problems.push({ field: `${prefix}title`, message: "must not be empty" })
  const handle = text(input.handle)
  if (handle && !HANDLE.test(handle)) {
    problems.push({ field: `${prefix}handle`, message: `use lower-case letters, digits and single dashes; got "${handle}"` })
  }
  if (input.status !== undefined && !(PRODUCT_STATUSES as readonly string[]).includes(input.status)) {
    problems.push({ field: `${prefix}status`, message: `must be draft or published; got ${String(input.status)}` })
  }
  checkGroup(input.group, `${prefix}group`, problems)
  checkThumbnail(input.thumbnail, `${prefix}thumbnail`, problems)
  const variants = Array.isArray(input.variants) ? input.variants : []
  if (variants.length === 0) problems.push({ field: `${prefix}variants`, message: "give at least one variant with its price" })
  const titles = new Map<string, number>()
  variants.forEach((v, i) => {
    const at = `${prefix}variants.${i}.`
    const priceProblem = checkPrice(v?.price, `${at}price`)
    if (priceProblem) problems.push(priceProblem)
    if (v?.stock !== undefined) {
      const stockProblem = checkStock(v.stock, `${at}stock`)
      if (stockProblem) problems.push(stockProblem)
    }
    const title = text(v?.title) ?? (variants.length === 1 ? DEFAULT_VARIANT_TITLE : null)
    if (!title) {
      problems.push({ field: `${at}title`, message: "name each variant when there are several (e.g. \"Hộp 100g\")" })
    } else if (titles.has(title.toLowerCase())) {
      problems.push({ field: `${at}title`, message: `"${title}" is already the title of variant ${titles.get(title.toLowerCase())}` })
    } else {
      titles.set(title.toLowerCase(), i)
    }
  })
  return problems
}

/** Every problem of a product edit. */
export function checkProductUpdate(input: ProducerProductUpdate): FieldProblem[] {
  const problems: FieldProblem[] = []
  if (input.title !== undefined && !text(input.title)) problems.push({ field: "title", message: "must not be empty" })
  if (input.status !== undefined && !(PRODUCT_STATUSES as readonly string[]).includes(input.status)) {
    problems.push({ field: "status", message: `must be draft or published; got ${String(input.status)}` })
  }
  if (input.group !== undefined) checkGroup(input.group, "group", problems)
  if (input.thumbnail !== undefined) checkThumbnail(input.thumbnail, "thumbnail", problems)
  const seen = new Set<string>()
  ;(input.variants ?? []).forEach((v, i) => {
    if (seen.has(v.id)) problems.push({ field: `variants.${i}.id`, message: `variant ${v.id} is listed twice` })
    seen.add(v.id)
    if (v.price !== undefined) {
      const p = checkPrice(v.price, `variants.${i}.price`)
      if (p) problems.push(p)
    }
    if (v.title !== undefined && !text(v.title)) problems.push({ field: `variants.${i}.title`, message: "must not be empty" })
  })
  return problems
}

/** Why a producer of this status may not publish, or null when it may. */
export function publishRefusal(producerStatus: string): string | null {
  if (producerStatus === "active") return null
  if (producerStatus === "pending") {
    return "your producer account is awaiting review: products stay drafts until the marketplace approves it"
  }
  return "your producer account is suspended: products cannot be published until it is reinstated"
}

/** A handle from the title; "" when the title has no letters or digits. */
export function handleFromTitle(title: string): string {
  return slugify(title).slice(0, 80).replace(/-+$/, "")
}

export function cleanText(value: string | null | undefined): string | null {
  return text(value)
}

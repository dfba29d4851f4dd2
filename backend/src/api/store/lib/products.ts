import { type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import { CERTIFICATE_FIELDS, PUBLIC_PRODUCER_FIELDS } from "./ocop"
import { rawSqlOf, type RawSql } from "../../../lib/raw-sql"

export type LinkedProduct = {
  id: string
  status: string
  sales_channels?: Array<{ id: string } | null> | null
}

/**
 * A product a shopper may see from this key: published and in one of its sales channels. Whether
 * it may be sold (certificate in force, producer active) is decided once, by taking it out of its
 * channels (src/workflows/ocop/sync-products-on-sale.ts), so it is not judged again here.
 */
export function isListedProduct(p: LinkedProduct | null | undefined, salesChannelIds: string[]): boolean {
  if (!p || p.status !== "published") return false
  return !salesChannelIds.length || (p.sales_channels ?? []).some((sc) => sc && salesChannelIds.includes(sc.id))
}

/**
 * Store product routes may include the OCOP data through the links:
 * `GET /store/products?fields=*ocop_certificate,*producer`. A producer's private fields
 * (commission_rate, status_reason, metadata) must never reach a shopper, so `*producer` is
 * rewritten to the public fields and any other `producer.` field is dropped.
 */
export const STORE_PRODUCT_OCOP_FIELDS = [
  "ocop_certificate",
  ...CERTIFICATE_FIELDS.map((f) => `ocop_certificate.${f}`),
  ...PUBLIC_PRODUCER_FIELDS.map((f) => `producer.${f}`),
]

export function publicProducerFields(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const raw = req.query.fields
  if (raw === undefined) return next()
  const tokens = (Array.isArray(raw) ? raw : [raw]).flatMap((f) => String(f).split(",")).filter(Boolean)
  const out: string[] = []
  for (const token of tokens) {
    const prefix = /^[+ \t-]*/.exec(token)?.[0] ?? ""
    const name = token.slice(prefix.length).trim()
    if (name === "*producer" || name === "producer.*" || name === "producer") {
      if (prefix.includes("-")) out.push("-producer")
      else out.push(...PUBLIC_PRODUCER_FIELDS.map((f) => `+producer.${f}`))
    } else if (name.startsWith("producer.") && !(PUBLIC_PRODUCER_FIELDS as readonly string[]).includes(name.slice(9))) {
      continue
    } else {
      out.push(token)
    }
  }
  req.query.fields = out.join(",")
  next()
}

/**
 * Products in none of `channels`: the few taken off sale (no certificate in force, producer not
 * active) and
 * any other channel's own. EXCEPT hashes both sides whatever the table statistics say, so this
 * stays a few milliseconds at 20,000 products.
 */
async function productsOutsideChannels(pg: RawSql, channels: string[]): Promise<string[]> {
  const { rows } = await pg.raw<{ id: string }>(
    `SELECT id FROM product WHERE deleted_at IS NULL
     EXCEPT
     SELECT product_id FROM product_sales_channel WHERE deleted_at IS NULL AND sales_channel_id IN (${channels.map(() => "?").join(", ")})`,
    channels
  )
  return rows.map((r) => r.id)
}

/**
 * Runs after Medusa's own GET /store/products middlewares. With a single sales channel Medusa
 * drops the channel filter, assuming every product is in it; but a product not on sale is taken
 * out of the storefront's channel (src/workflows/ocop/listing-rules.ts) and must stay out. So the products outside the key's channels are excluded again, as Medusa itself
 * does for stores with several channels — by the few ids outside rather than the many inside
 * (Medusa's link filter lists every product of the channel on each request). An existing id
 * filter is narrowed, not replaced.
 */
export async function listOnlyChannelProducts(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const requested = (req.validatedQuery as { sales_channel_id?: string | string[] } | undefined)?.sales_channel_id
  const fromKey = (req as MedusaRequest & { publishable_key_context?: { sales_channel_ids?: string[] } })
    .publishable_key_context?.sales_channel_ids
  const channels = requested ? [requested].flat() : fromKey ?? []
  const filters = req.filterableFields as Record<string, unknown> | undefined
  if (!channels.length || !filters) return next()
  try {
    delete filters.sales_channel_id
    const outside = await productsOutsideChannels(rawSqlOf(req.scope), channels)
    if (outside.length) filters.id = withoutIds(filters.id, outside)
    next()
  } catch (error) {
    next(error)
  }
}

/** An `id` filter of GET /store/products (absent, one id, a list, operators) minus `excluded`. */
function withoutIds(current: unknown, excluded: string[]): unknown {
  if (current === undefined || current === null) return { $nin: excluded }
  const out = new Set(excluded)
  const keep = (ids: unknown[]) => ids.filter((id) => !out.has(String(id)))
  if (typeof current === "string") return keep([current])
  if (Array.isArray(current)) return keep(current)
  const ops = current as Record<string, unknown>
  if (Array.isArray(ops.$in)) return { ...ops, $in: keep(ops.$in) }
  return { ...ops, $nin: [...(Array.isArray(ops.$nin) ? ops.$nin : []), ...excluded] }
}

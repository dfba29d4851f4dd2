import { maybeApplyLinkFilter, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import { CERTIFICATE_FIELDS, isCertificateInForce, PUBLIC_PRODUCER_FIELDS, type CertificateRecord } from "./ocop"

export type LinkedProduct = {
  id: string
  status: string
  sales_channels?: Array<{ id: string } | null> | null
  ocop_certificate?: CertificateRecord | null
}

/** A product a shopper may see from this key: published, in one of its sales channels, certified today. */
export function isListedProduct(p: LinkedProduct | null | undefined, salesChannelIds: string[], today: string): boolean {
  if (!p || p.status !== "published") return false
  if (salesChannelIds.length && !(p.sales_channels ?? []).some((sc) => sc && salesChannelIds.includes(sc.id))) return false
  return isCertificateInForce(p.ocop_certificate, today)
}

export const LISTED_PRODUCT_FIELDS = [
  "products.id",
  "products.status",
  "products.sales_channels.id",
  "products.ocop_certificate.status",
  "products.ocop_certificate.expires_at",
  "products.ocop_certificate.decision_date",
]


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

const filterByChannelLinks = maybeApplyLinkFilter({
  entryPoint: "product_sales_channel",
  resourceId: "product_id",
  filterableField: "sales_channel_id",
})

/**
 * Runs after Medusa's own GET /store/products middlewares. With a single sales channel Medusa
 * drops the channel filter, assuming every product is in it; but a product whose certificate
 * expired is taken out of the storefront's channel (src/workflows/ocop/catalog-listing.ts) and
 * must stay out. So the list is kept to the key's channels again, as Medusa itself does for
 * stores with several channels (an existing id filter is intersected, not replaced).
 */
export function listOnlyChannelProducts(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const requested = (req.validatedQuery as { sales_channel_id?: string | string[] } | undefined)?.sales_channel_id
  const fromKey = (req as MedusaRequest & { publishable_key_context?: { sales_channel_ids?: string[] } })
    .publishable_key_context?.sales_channel_ids
  const channels = requested ? [requested].flat() : fromKey ?? []
  if (!channels.length || !req.filterableFields) return next()
  req.filterableFields.sales_channel_id = channels
  return filterByChannelLinks(req, res, next)
}

import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { findableProducts, imageUrls, type ShownProduct } from "../lib/catalog"
import { toCsv } from "@ocop/core/dist/server"
import { productPageUrl } from "../../partner/lib/links"

/** One product of the feed. */
function feedItem(shown: ShownProduct) {
  const d = shown.document
  return {
    id: d.id,
    handle: d.handle,
    title: { vi: d.title, en: d.title_en },
    stars: d.stars,
    group: d.group,
    producer: { handle: d.producer_handle, name: d.producer_name },
    commune: { code: d.commune_code, name: d.commune_name, historic_locality: shown.row.ocop_certificate?.historic_locality ?? null },
    price_min: d.price === null ? null : { amount: d.price, currency_code: d.currency_code ?? "vnd" },
    images: imageUrls(shown),
    url: productPageUrl(d.handle),
    certificate_expires_at: d.certificate_expires_at.slice(0, 10),
  }
}

const CSV_HEADER = [
  "id", "handle", "title_vi", "title_en", "stars", "group", "producer_handle", "producer_name",
  "commune_code", "commune_name", "historic_locality", "price_min_vnd", "image_urls", "url", "certificate_expires_at",
]

/**
 * GET /store/catalog-feed?format=json|csv — the published OCOP catalog partners may import: every
 * product shoppers can find (certificate in force, active producer) in the key's sales channels.
 * JSON { products, count, generated_at }; CSV with a header row, UTF-8 with a BOM, image URLs separated by spaces.
 */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  const format = (req.validatedQuery as { format?: "json" | "csv" }).format ?? "json"
  const items = (await findableProducts(req.scope, req.publishable_key_context?.sales_channel_ids ?? [])).map(feedItem)
  res.setHeader("Cache-Control", "public, max-age=300")
  if (format === "csv") {
    const rows = items.map((p) => [
      p.id, p.handle, p.title.vi, p.title.en ?? "", p.stars, p.group, p.producer.handle, p.producer.name,
      p.commune.code, p.commune.name, p.commune.historic_locality ?? "", p.price_min?.amount ?? "", p.images.join(" "), p.url,
      p.certificate_expires_at,
    ])
    res.setHeader("Content-Type", "text/csv; charset=utf-8")
    res.setHeader("Content-Disposition", 'attachment; filename="ocop-catalog.csv"')
    res.status(200).send(toCsv([CSV_HEADER, ...rows]))
    return
  }
  res.json({ products: items, count: items.length, currency_code: "vnd", generated_at: new Date().toISOString() })
}

import type { MedusaContainer } from "@medusajs/framework/types"
import { rawSqlOf } from "../../../lib/raw-sql"

// Which products of some producers a shopper may see from a publishable key, in one statement:
// published, and in one of the key's sales channels (any, for a key without channels), as
// src/api/store/lib/products.ts isListedProduct judges them. Read for GET /store/producers (a count
// per producer) and GET /store/producers/:handle (the ids). Through query.graph every product of
// the page came back with its link and its sales channels to be filtered in JavaScript: 2,500
// products for a page of 100 producers of a 20,000-product catalog.
// The rows are the ones query.graph reads: links, products and sales channels not deleted.

/** The link table of src/links/producer-product.ts, as Medusa names link tables (composeTableName). */
const PRODUCER_PRODUCT = "producer_producer_product_product"

/**
 * Tags of Medusa's Caching Module under which answers built on these reads are kept: its strategy
 * clears an entity's list tag on every created/updated/deleted event of it (a producer's status or
 * profile, a product's status) and a link's on every attach and detach (a product put into or
 * taken out of a sales channel, or linked to a producer), whatever the rest of the answer holds.
 */
export const LISTING_CACHE_TAGS = [
  "Producer:list:*",
  "Product:list:*",
  "SalesChannel:list:*",
  "LinkProductSalesChannel:list:*",
  "LinkProducerProducerProductProduct:list:*",
]

const placeholders = (values: readonly unknown[]) => values.map(() => "?").join(", ")

function listedFrom(producerIds: readonly string[], channels: readonly string[]) {
  const inChannel = channels.length
    ? ` AND EXISTS (SELECT 1 FROM product_sales_channel c
                      JOIN sales_channel s ON s.id = c.sales_channel_id AND s.deleted_at IS NULL
                     WHERE c.product_id = p.id AND c.deleted_at IS NULL AND c.sales_channel_id IN (${placeholders(channels)}))`
    : ""
  return {
    sql: `FROM "${PRODUCER_PRODUCT}" l
          JOIN product p ON p.id = l.product_id AND p.deleted_at IS NULL AND p.status = 'published'
         WHERE l.deleted_at IS NULL AND l.producer_id IN (${placeholders(producerIds)})${inChannel}`,
    bindings: [...producerIds, ...channels],
  }
}


/** How many listed products each producer has (producers without any are absent). */
export async function listedProductCounts(scope: MedusaContainer, producerIds: readonly string[], channels: readonly string[]) {
  const counts = new Map<string, number>()
  if (!producerIds.length) return counts
  const from = listedFrom(producerIds, channels)
  const { rows } = await rawSqlOf(scope).raw(`SELECT l.producer_id, count(*)::int AS n ${from.sql} GROUP BY l.producer_id`, from.bindings)
  for (const row of rows) counts.set(String(row.producer_id), Number(row.n))
  return counts
}

/** The ids of a producer's listed products. */
export async function listedProductIds(scope: MedusaContainer, producerId: string, channels: readonly string[]): Promise<string[]> {
  const from = listedFrom([producerId], channels)
  const { rows } = await rawSqlOf(scope).raw(`SELECT l.product_id ${from.sql}`, from.bindings)
  return rows.map((row) => String(row.product_id))
}

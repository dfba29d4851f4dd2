// The products the sale sync judges, read with what the catalog rule needs (not a step).
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { ListedProduct } from "../listing-rules"
import type { SyncProductsOnSaleInput } from "../steps/sync-products-on-sale"

const SALE_FIELDS = [
  "id",
  "metadata",
  "sales_channels.id",
  "ocop_certificate.status",
  "ocop_certificate.status_reason",
  "ocop_certificate.decision_date",
  "ocop_certificate.expires_at",
  "producer.status",
]

export async function readProducts(container: { resolve: Function }, input: SyncProductsOnSaleInput) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const ids = new Set(input.product_ids ?? [])
  if (input.producer_ids?.length) {
    const { data } = await query.graph({ entity: "producer", fields: ["id", "products.id"], filters: { id: input.producer_ids } })
    for (const p of data as Array<{ products?: Array<{ id: string } | null> | null }>) {
      for (const product of p.products ?? []) if (product) ids.add(product.id)
    }
  }
  if (!ids.size) return [] as ListedProduct[]
  const { data } = await query.graph({ entity: "product", fields: SALE_FIELDS, filters: { id: [...ids] } })
  return data as ListedProduct[]
}

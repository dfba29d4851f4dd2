import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

type Row = { product_id: string; created_at: string | Date; product?: { id: string; handle: string; title: string; thumbnail: string | null; status: string } | null }

/** The customer's favourites, newest first, each with its product's id, handle, title and thumbnail (products no longer on sale left out). */
export async function favouritesOf(container: MedusaContainer, customerId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "favourite",
    fields: ["product_id", "created_at", "product.id", "product.handle", "product.title", "product.thumbnail", "product.status"],
    filters: { customer_id: customerId },
    pagination: { order: { created_at: "DESC" } },
  })
  return (data as Row[])
    .filter((f) => f.product?.status === "published")
    .map((f) => ({
      product_id: f.product_id,
      created_at: f.created_at,
      product: { id: f.product!.id, handle: f.product!.handle, title: f.product!.title, thumbnail: f.product!.thumbnail },
    }))
}

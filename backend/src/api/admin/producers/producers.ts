import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { communeName } from "../../store/lib/ocop"

export const ADMIN_PRODUCER_FIELDS = [
  "id", "handle", "legal_name", "display_name", "kind", "status", "status_reason", "commune_code",
  "historic_locality", "story_vi", "story_en", "email", "phone", "website", "tax_code",
  "commission_rate", "sample_data", "metadata", "created_at", "updated_at",
]

/** A producer as the admin sees it: every field, its products (with certificate summary) and stock locations. */
export async function retrieveAdminProducer(scope: MedusaContainer, id: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "producer",
    fields: [
      ...ADMIN_PRODUCER_FIELDS,
      "products.id", "products.title", "products.handle", "products.status", "products.thumbnail",
      "products.ocop_certificate.stars", "products.ocop_certificate.status", "products.ocop_certificate.expires_at",
      "stock_locations.id", "stock_locations.name",
    ],
    filters: { id },
  })
  const producer = data[0] as Record<string, unknown> | undefined
  if (!producer) throw new MedusaError(MedusaError.Types.NOT_FOUND, `producer_id: no producer with id ${id}`)
  return { ...producer, commune_name: communeName(producer.commune_code as string | null) }
}

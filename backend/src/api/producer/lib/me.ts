import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { communeName } from "../../store/lib/ocop"
import { ownStockLocationId } from "./scope"

/** The producer fields its own members see (everything but the internal metadata). */
const OWN_PRODUCER_FIELDS = [
  "id", "handle", "legal_name", "display_name", "kind", "status", "status_reason", "commune_code",
  "historic_locality", "story_vi", "story_en", "email", "phone", "website", "tax_code",
  "commission_rate", "created_at", "updated_at",
]

/** { member, producer } for a member: its producer's profile, status (and reason) and stock location. */
export async function producerMe(scope: MedusaContainer, memberId: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "producer_member",
    fields: [
      "id", "email", "name", "role", "created_at",
      ...OWN_PRODUCER_FIELDS.map((f) => `producer.${f}`),
      "producer.stock_locations.id", "producer.stock_locations.name", "producer.stock_locations.created_at",
    ],
    filters: { id: memberId },
  })
  const row = data[0] as Record<string, any> | undefined
  if (!row?.producer) throw new MedusaError(MedusaError.Types.NOT_FOUND, `member ${memberId} was not found`)
  const { producer, ...member } = row
  const locationId = ownStockLocationId(producer.stock_locations)
  const location = (producer.stock_locations ?? []).find((l: { id: string } | null) => l?.id === locationId) ?? null
  const { stock_locations: _all, ...profile } = producer
  return {
    member,
    producer: {
      ...profile,
      commune_name: communeName(producer.commune_code),
      stock_location: location ? { id: location.id, name: location.name } : null,
      can_publish: producer.status === "active",
    },
  }
}

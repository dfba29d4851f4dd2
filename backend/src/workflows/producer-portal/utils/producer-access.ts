// Read helpers of the producer portal (not steps): the producer's services, its context, and whose
// products are whose. Shared by the portal's steps and read routes (src/api/producer).
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { PRODUCER_MODULE, type ProducerModuleService } from "../../../modules/producer"
import { OCOP_MODULE, type OcopModuleService } from "../../../modules/ocop"

/** What these helpers need of a container (a step's, a route's scope or the app's). */
export type Container = { resolve: (key: string) => any }

export function producerService(container: Container): ProducerModuleService {
  return container.resolve(PRODUCER_MODULE) as ProducerModuleService
}

export function notFound(what: string, id: string): never {
  throw new MedusaError(MedusaError.Types.NOT_FOUND, `${what} ${id} was not found`)
}

export function forbidden(message: string): never {
  throw new MedusaError(MedusaError.Types.FORBIDDEN, message)
}

/** The producer as the portal workflows need it: status and its own stock location. */
export type ProducerContext = { id: string; status: string; display_name: string; stock_location_id: string | null }

export async function loadProducerContext(container: Container, producerId: string): Promise<ProducerContext> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "producer",
    fields: ["id", "status", "display_name", "stock_locations.id", "stock_locations.created_at"],
    filters: { id: producerId },
  })
  const p = data[0] as
    | { id: string; status: string; display_name: string; stock_locations?: Array<{ id: string; created_at: string } | null> | null }
    | undefined
  if (!p) notFound("producer", producerId)
  const locations = (p.stock_locations ?? []).filter((l): l is { id: string; created_at: string } => !!l)
  locations.sort((a, b) => String(a.created_at).localeCompare(String(b.created_at)))
  return { id: p.id, status: p.status, display_name: p.display_name, stock_location_id: locations[0]?.id ?? null }
}

/** The ids of the products of one producer (through the producer ↔ product link). */
export async function producerProductIds(container: Container, producerId: string): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "producer", fields: ["products.id"], filters: { id: producerId } })
  const p = data[0] as { products?: Array<{ id: string } | null> | null } | undefined
  return (p?.products ?? []).filter((x): x is { id: string } => !!x).map((x) => x.id)
}

/** The product if it belongs to the producer; 404 otherwise (whether it exists or not). */
export async function ownProductOrThrow(container: Container, producerId: string, productId: string, fields: string[] = []) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "status", "metadata", "producer.id", ...fields],
    filters: { id: productId },
  })
  const product = data[0] as (Record<string, any> & { id: string; producer?: { id: string } | null }) | undefined
  if (!product || product.producer?.id !== producerId) notFound("product", productId)
  return product
}

export function ocopService(container: Container): OcopModuleService {
  return container.resolve(OCOP_MODULE) as OcopModuleService
}

import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/**
 * Who is calling a /producer/* route, resolved once per request from the verified token or
 * session: the member (app_metadata.producer_member_id) and, from the database, the producer it
 * belongs to. Routes take the producer from here only, never from the client.
 */
export type ProducerScope = {
  member_id: string
  member_email: string
  member_name: string
  role: "owner" | "staff"
  producer_id: string
  producer_status: "pending" | "active" | "suspended"
  /** The producer's own stock location (the oldest linked one), where its stock is and ships from. */
  stock_location_id: string | null
}

const scopes = new WeakMap<object, ProducerScope>()

function unauthorized(res: MedusaResponse, message = "Unauthorized") {
  res.status(401).json({ type: "unauthorized", message })
}

/** The oldest of the producer's stock locations. */
export function ownStockLocationId(locations: Array<{ id: string; created_at?: unknown } | null> | null | undefined): string | null {
  const list = (locations ?? []).filter((l): l is { id: string; created_at?: unknown } => !!l)
  list.sort((a, b) => String(a.created_at ?? "").localeCompare(String(b.created_at ?? "")))
  return list[0]?.id ?? null
}

/**
 * After authenticate("producer", …): loads the member named by the token and checks it still
 * exists, belongs to the token's producer (actor_id) and to the token's login. 401 otherwise.
 */
export async function resolveProducerScope(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const auth = (req as AuthenticatedMedusaRequest).auth_context
  const memberId = auth?.app_metadata?.producer_member_id
  if (!auth?.actor_id || auth.actor_type !== "producer" || typeof memberId !== "string" || !memberId) {
    return unauthorized(res)
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "producer_member",
    fields: [
      "id", "email", "name", "role", "auth_identity_id",
      "producer.id", "producer.status", "producer.stock_locations.id", "producer.stock_locations.created_at",
    ],
    filters: { id: memberId },
  })
  const member = data[0] as
    | {
        id: string
        email: string
        name: string
        role: "owner" | "staff"
        auth_identity_id: string | null
        producer?: { id: string; status: ProducerScope["producer_status"]; stock_locations?: Array<{ id: string; created_at?: unknown } | null> | null } | null
      }
    | undefined
  if (
    !member ||
    !member.producer ||
    member.producer.id !== auth.actor_id ||
    (member.auth_identity_id && member.auth_identity_id !== auth.auth_identity_id)
  ) {
    return unauthorized(res)
  }
  scopes.set(req, {
    member_id: member.id,
    member_email: member.email,
    member_name: member.name,
    role: member.role,
    producer_id: member.producer.id,
    producer_status: member.producer.status,
    stock_location_id: ownStockLocationId(member.producer.stock_locations),
  })
  next()
}

/** The caller's scope; throws when the route was not behind resolveProducerScope (a wiring bug). */
export function producerScope(req: MedusaRequest): ProducerScope {
  const scope = scopes.get(req)
  if (!scope) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Unauthorized")
  return scope
}

/** Only the producer's owner may do this. */
export function requireOwner(scope: ProducerScope, what: string) {
  if (scope.role !== "owner") throw new MedusaError(MedusaError.Types.FORBIDDEN, `Only the producer's owner may ${what}.`)
}

import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PARTNER_MODULE, type PartnerModuleService } from "../../../modules/partner"

/**
 * Who is calling a /partner/* route, resolved once per request from the verified token: the
 * member (app_metadata.partner_member_id) and its partner. Routes take the partner from here only.
 */
export type PartnerScope = {
  member_id: string
  partner_id: string
  status: "pending" | "active" | "rejected" | "suspended"
  status_reason: string | null
}

const scopes = new WeakMap<object, PartnerScope>()

/** After authenticate("partner", …): the member must exist, belong to the token's partner and login. 401 otherwise. */
export async function resolvePartnerScope(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const auth = (req as AuthenticatedMedusaRequest).auth_context
  const memberId = auth?.app_metadata?.partner_member_id
  if (!auth?.actor_id || auth.actor_type !== "partner" || typeof memberId !== "string" || !memberId) {
    return res.status(401).json({ type: "unauthorized", message: "Unauthorized" })
  }
  const service = req.scope.resolve<PartnerModuleService>(PARTNER_MODULE)
  const [member] = await service.listPartnerMembers({ id: memberId }, { relations: ["partner"] })
  if (
    !member?.partner ||
    member.partner.id !== auth.actor_id ||
    (member.auth_identity_id && member.auth_identity_id !== auth.auth_identity_id)
  ) {
    return res.status(401).json({ type: "unauthorized", message: "Unauthorized" })
  }
  scopes.set(req, {
    member_id: member.id,
    partner_id: member.partner.id,
    status: member.partner.status as PartnerScope["status"],
    status_reason: member.partner.status_reason ?? null,
  })
  next()
}

const NOT_ACTIVE: Record<Exclude<PartnerScope["status"], "active">, string> = {
  pending: "Your partner application is waiting for the marketplace's review; this opens once it is approved.",
  rejected: "Your partner application was not approved",
  suspended: "Your partner account is suspended",
}

/** Everything but /partner/me needs an active partner: 403 with the reason otherwise. */
export function requireActivePartner(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const scope = scopes.get(req)
  if (!scope) return res.status(401).json({ type: "unauthorized", message: "Unauthorized" })
  if (scope.status !== "active") {
    const why = scope.status_reason ? ` (${scope.status_reason})` : ""
    const message = scope.status === "pending" ? NOT_ACTIVE.pending : `${NOT_ACTIVE[scope.status]}${why}; contact the marketplace.`
    return res.status(403).json({ type: "not_allowed", code: `partner_${scope.status}`, message })
  }
  next()
}

/** The caller's scope; throws when the route was not behind resolvePartnerScope (a wiring bug). */
export function partnerScope(req: MedusaRequest): PartnerScope {
  const scope = scopes.get(req)
  if (!scope) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Unauthorized")
  return scope
}

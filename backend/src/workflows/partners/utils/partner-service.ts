// Look-ups of the partners' steps (not steps): the module's service, a partner or 404, unknown products.
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { PARTNER_MODULE, type PartnerModuleService, type PartnerRecord } from "../../../modules/partner"

type Container = { resolve: (key: string) => any }

export function partnerService(container: Container): PartnerModuleService {
  return container.resolve(PARTNER_MODULE) as PartnerModuleService
}

export function notFound(what: string, id: string): never {
  throw new MedusaError(MedusaError.Types.NOT_FOUND, `${what} ${id} was not found`)
}

export type { PartnerRecord }

export async function retrievePartnerOrThrow(container: Container, id: string): Promise<PartnerRecord> {
  const [partner] = await partnerService(container).listPartners({ id })
  if (!partner) notFound("partner", id)
  return partner
}

/** The ids among `ids` that are not products (deleted ones included). */
export async function unknownProductIds(container: Container, ids: string[]): Promise<string[]> {
  if (!ids.length) return []
  const found = await container.resolve(Modules.PRODUCT).listProducts({ id: ids }, { select: ["id"], take: ids.length })
  const known = new Set((found as Array<{ id: string }>).map((p) => p.id))
  return ids.filter((id) => !known.has(id))
}

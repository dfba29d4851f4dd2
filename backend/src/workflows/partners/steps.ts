import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PARTNER_MODULE, type PartnerModuleService, type PartnerRecord } from "../../modules/partner"

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

/** Updates a partner; on rollback puts the previous values back. */
export const updatePartnerStep = createStep(
  "partner-update",
  async (input: { id: string } & Record<string, unknown>, { container }) => {
    const before = await retrievePartnerOrThrow(container, input.id)
    const previous = Object.fromEntries(Object.keys(input).map((k) => [k, (before as Record<string, unknown>)[k]]))
    const updated = await partnerService(container).updatePartners(input as never)
    return new StepResponse(updated as unknown as PartnerRecord, previous as { id: string })
  },
  async (previous, { container }) => {
    if (previous) await partnerService(container).updatePartners(previous as never)
  }
)

/** The ids among `ids` that are not products (deleted ones included). */
export async function unknownProductIds(container: Container, ids: string[]): Promise<string[]> {
  if (!ids.length) return []
  const found = await container.resolve(Modules.PRODUCT).listProducts({ id: ids }, { select: ["id"], take: ids.length })
  const known = new Set((found as Array<{ id: string }>).map((p) => p.id))
  return ids.filter((id) => !known.has(id))
}

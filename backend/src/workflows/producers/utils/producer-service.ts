// Look-ups of the producers' steps (not steps): the module's service, a free handle, a producer or 404.
import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCER_MODULE, type ProducerModuleService } from "../../../modules/producer"
import { invalid } from "../../lib/errors"

export function producerService(container: { resolve: (key: string) => unknown }): ProducerModuleService {
  return container.resolve(PRODUCER_MODULE) as ProducerModuleService
}

export async function assertHandleFree(service: ProducerModuleService, handle: string, exceptId?: string) {
  const [taken] = await service.listProducers({ handle }, { select: ["id"] })
  if (taken && taken.id !== exceptId) invalid("handle", `"${handle}" is already used by another producer`)
}

export async function retrieveProducerOrThrow(service: ProducerModuleService, id: string) {
  const [producer] = await service.listProducers({ id })
  if (!producer) throw new MedusaError(MedusaError.Types.NOT_FOUND, `producer_id: no producer with id ${id}`)
  return producer
}

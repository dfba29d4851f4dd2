import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE, type ProducerModuleService } from "../../modules/producer"
import { invalid } from "../lib/errors"
import {
  prepareNewProducer,
  prepareProducerUpdate,
  prepareStatusChange,
  type CreateProducerInput,
  type PreparedProducer,
  type ProducerStatusChange,
  type UpdateProducerInput,
} from "./producer-rules"

function producerService(container: { resolve: (key: string) => unknown }): ProducerModuleService {
  return container.resolve(PRODUCER_MODULE) as ProducerModuleService
}

async function assertHandleFree(service: ProducerModuleService, handle: string, exceptId?: string) {
  const [taken] = await service.listProducers({ handle }, { select: ["id"] })
  if (taken && taken.id !== exceptId) invalid("handle", `"${handle}" is already used by another producer`)
}

async function retrieveProducerOrThrow(service: ProducerModuleService, id: string) {
  const [producer] = await service.listProducers({ id })
  if (!producer) throw new MedusaError(MedusaError.Types.NOT_FOUND, `producer_id: no producer with id ${id}`)
  return producer
}

/** Validates a new producer and its stock locations; writes nothing. */
export const prepareNewProducerStep = createStep(
  "producer-prepare-new",
  async (input: CreateProducerInput, { container }) => {
    const data = prepareNewProducer(input)
    await assertHandleFree(producerService(container), data.handle)
    const locationIds = [...new Set(input.stock_location_ids ?? [])]
    if (locationIds.length) {
      const locations = await container.resolve(Modules.STOCK_LOCATION).listStockLocations({ id: locationIds }, { select: ["id"] })
      const found = new Set(locations.map((l) => l.id))
      const missing = locationIds.filter((id) => !found.has(id))
      if (missing.length) invalid("stock_location_ids", `no stock location with id ${missing.join(", ")}`)
    }
    return new StepResponse({ data, stock_location_ids: locationIds })
  }
)

/** Creates the producer; compensation deletes it. */
export const createProducerStep = createStep(
  "producer-create",
  async (data: PreparedProducer, { container }) => {
    const producer = await producerService(container).createProducers(data as never)
    return new StepResponse(producer, producer.id)
  },
  async (id, { container }) => {
    if (!id) return
    await producerService(container).deleteProducers(id)
  }
)

/** Links a producer to the stock locations it ships from; compensation removes the links. */
export const linkProducerStockLocationsStep = createStep(
  "producer-link-stock-locations",
  async (input: { producer_id: string; stock_location_ids: string[] }, { container }) => {
    const definitions = input.stock_location_ids.map((stock_location_id) => ({
      [PRODUCER_MODULE]: { producer_id: input.producer_id },
      [Modules.STOCK_LOCATION]: { stock_location_id },
    }))
    if (!definitions.length) return new StepResponse([], [])
    await container.resolve(ContainerRegistrationKeys.LINK).create(definitions)
    return new StepResponse(definitions, definitions)
  },
  async (definitions, { container }) => {
    if (!definitions?.length) return
    await container.resolve(ContainerRegistrationKeys.LINK).dismiss(definitions)
  }
)

/** Validates and applies changes to a producer's profile; compensation puts the old values back. */
export const updateProducerStep = createStep(
  "producer-update",
  async (input: { id: string; update: UpdateProducerInput }, { container }) => {
    const service = producerService(container)
    const changes = prepareProducerUpdate(input.update)
    const before = (await retrieveProducerOrThrow(service, input.id)) as unknown as Record<string, unknown>
    if (typeof changes.handle === "string" && changes.handle !== before.handle) {
      await assertHandleFree(service, changes.handle, input.id)
    }
    const previous: Record<string, unknown> = { id: input.id }
    for (const key of Object.keys(changes)) previous[key] = before[key]
    const producer = await service.updateProducers({ id: input.id, ...changes } as never)
    return new StepResponse(producer, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    await producerService(container).updateProducers(previous as never)
  }
)

/** Approves, suspends (with a reason) or returns a producer to review; compensation restores the old status. */
export const setProducerStatusStep = createStep(
  "producer-set-status",
  async (input: { id: string } & ProducerStatusChange, { container }) => {
    const service = producerService(container)
    const change = prepareStatusChange(input)
    const before = await retrieveProducerOrThrow(service, input.id)
    const producer = await service.updateProducers({ id: input.id, ...change })
    return new StepResponse(
      { producer, previous_status: before.status },
      { id: before.id, status: before.status, status_reason: before.status_reason }
    )
  },
  async (previous, { container }) => {
    if (!previous) return
    await producerService(container).updateProducers(previous)
  }
)

export type PreparedProductProducer = {
  product_id: string
  producer_id: string | null
  previous_producer_id: string | null
} | null

/** Checks the product and the producer exist and finds the product's current producer. */
export const prepareProductProducerStep = createStep(
  "producer-prepare-product-link",
  async (input: { product_id: string; producer_id: string | null } | null, { container }) => {
    if (!input) return new StepResponse<PreparedProductProducer>(null)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: products } = await query.graph({
      entity: "product",
      fields: ["id", "producer.id"],
      filters: { id: input.product_id },
    })
    const product = products[0] as { id: string; producer?: { id: string } | null } | undefined
    if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `product_id: no product with id ${input.product_id}`)
    if (input.producer_id) {
      const [producer] = await producerService(container).listProducers({ id: input.producer_id }, { select: ["id"] })
      if (!producer) invalid("producer_id", `no producer with id ${input.producer_id}`)
    }
    return new StepResponse<PreparedProductProducer>({
      product_id: product.id,
      producer_id: input.producer_id,
      previous_producer_id: product.producer?.id ?? null,
    })
  }
)

/**
 * Makes `producer_id` the product's producer (null: none), replacing the previous link.
 * Compensation restores the previous link.
 */
export const relinkProductProducerStep = createStep(
  "producer-relink-product",
  async (prepared: PreparedProductProducer, { container }) => {
    if (!prepared || prepared.producer_id === prepared.previous_producer_id) return new StepResponse(prepared, null)
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const def = (producer_id: string) => ({
      [PRODUCER_MODULE]: { producer_id },
      [Modules.PRODUCT]: { product_id: prepared.product_id },
    })
    if (prepared.previous_producer_id) await link.dismiss(def(prepared.previous_producer_id))
    if (prepared.producer_id) await link.create(def(prepared.producer_id))
    return new StepResponse(prepared, prepared)
  },
  async (prepared, { container }) => {
    if (!prepared) return
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const def = (producer_id: string) => ({
      [PRODUCER_MODULE]: { producer_id },
      [Modules.PRODUCT]: { product_id: prepared.product_id },
    })
    if (prepared.producer_id) await link.dismiss(def(prepared.producer_id))
    if (prepared.previous_producer_id) await link.create(def(prepared.previous_producer_id))
  }
)

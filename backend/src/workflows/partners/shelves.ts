import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { notFound, partnerService, unknownProductIds } from "./steps"

export type ShelfTexts = { vi: string; en?: string | null }
export type ShelfInput = {
  title: ShelfTexts
  note?: { vi?: string | null; en?: string | null } | null
  product_ids: string[]
}

export const MAX_SHELF_PRODUCTS = 100

function shelfRecord(input: Partial<ShelfInput>) {
  const record: Record<string, unknown> = {}
  if (input.title) {
    record.title_vi = input.title.vi.trim()
    record.title_en = input.title.en?.trim() || null
  }
  if (input.note !== undefined) {
    record.note_vi = input.note?.vi?.trim() || null
    record.note_en = input.note?.en?.trim() || null
  }
  if (input.product_ids) record.product_ids = [...new Set(input.product_ids)]
  return record
}

/** Every product must exist; 400 naming the unknown ones. */
const checkShelfProductsStep = createStep("partner-shelf-check-products", async (productIds: string[] | undefined, { container }) => {
  const unknown = await unknownProductIds(container, [...new Set(productIds ?? [])])
  if (unknown.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `product_ids: unknown products ${unknown.join(", ")}`)
  }
  return new StepResponse(true)
})

/** The shelf if it is the partner's; 404 otherwise (whether it exists or not). */
export async function ownShelfOrThrow(container: { resolve: (k: string) => any }, partnerId: string, shelfId: string) {
  const [shelf] = await partnerService(container).listShowcases({ id: shelfId, partner_id: partnerId })
  if (!shelf) notFound("shelf", shelfId)
  return shelf
}

const createShelfStep = createStep(
  "partner-shelf-create-step",
  async (input: { partner_id: string; shelf: ShelfInput }, { container }) => {
    const shelf = await partnerService(container).createShowcases({ partner_id: input.partner_id, ...shelfRecord(input.shelf) } as never)
    return new StepResponse(shelf, shelf.id)
  },
  async (id, { container }) => {
    if (id) await partnerService(container).deleteShowcases([id])
  }
)

const updateShelfStep = createStep(
  "partner-shelf-update-step",
  async (input: { partner_id: string; id: string; shelf: Partial<ShelfInput> }, { container }) => {
    const before = await ownShelfOrThrow(container, input.partner_id, input.id)
    const shelf = await partnerService(container).updateShowcases({ id: input.id, ...shelfRecord(input.shelf) } as never)
    const { title_vi, title_en, note_vi, note_en, product_ids } = before
    return new StepResponse(shelf, { id: before.id, title_vi, title_en, note_vi, note_en, product_ids })
  },
  async (before, { container }) => {
    if (before) await partnerService(container).updateShowcases(before as never)
  }
)

const deleteShelfStep = createStep(
  "partner-shelf-delete-step",
  async (input: { partner_id: string; id: string }, { container }) => {
    await ownShelfOrThrow(container, input.partner_id, input.id)
    await partnerService(container).softDeleteShowcases([input.id])
    return new StepResponse(input.id, input.id)
  },
  async (id, { container }) => {
    if (id) await partnerService(container).restoreShowcases([id])
  }
)

/** Emitted with { id } when a shelf is created, changed or deleted (the storefront's cache listens). */
export const PARTNER_SHELF_CHANGED = "partner.shelf_changed"

function emitShelfChanged(shelf: { id: string }) {
  emitEventStep({ eventName: PARTNER_SHELF_CHANGED, data: transform({ shelf }, ({ shelf }) => ({ id: shelf.id })) })
}

export const createShelfWorkflow = createWorkflow("partner-shelf-create", (input: { partner_id: string; shelf: ShelfInput }) => {
  checkShelfProductsStep(input.shelf.product_ids)
  const shelf = createShelfStep(input)
  emitShelfChanged(shelf)
  return new WorkflowResponse(shelf)
})

export const updateShelfWorkflow = createWorkflow(
  "partner-shelf-update",
  (input: { partner_id: string; id: string; shelf: Partial<ShelfInput> }) => {
    checkShelfProductsStep(input.shelf.product_ids)
    const shelf = updateShelfStep(input)
    emitShelfChanged(input)
    return new WorkflowResponse(shelf)
  }
)

export const deleteShelfWorkflow = createWorkflow("partner-shelf-delete", (input: { partner_id: string; id: string }) => {
  const deleted = deleteShelfStep(input)
  emitShelfChanged(input)
  return new WorkflowResponse(deleted)
})

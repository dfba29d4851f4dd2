import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { throwIfInvalid, invalid, type FieldProblem } from "../../lib/errors"
import { notFound, loadProducerContext } from "../utils/producer-access"
import { applyLevels, undoLevels } from "../utils/stock-levels"

export type StockChangeInput = { producer_id: string; levels: Array<{ variant_id: string; stocked_quantity: number }> }

/**
 * Sets stocked quantities at the producer's own location, by variant. A variant of another
 * producer's product (or none) is "not found"; stock below zero is refused. Compensation
 * restores the previous quantities.
 */
export const setProducerStockStep = createStep(
  "producer-portal-set-stock",
  async (input: StockChangeInput, { container }) => {
    const problems: FieldProblem[] = []
    input.levels.forEach((l, i) => {
      const q = l.stocked_quantity
      if (typeof q !== "number" || !Number.isInteger(q)) problems.push({ field: `levels.${i}.stocked_quantity`, message: `must be a whole number of units; got ${String(q)}` })
      else if (q < 0) problems.push({ field: `levels.${i}.stocked_quantity`, message: `stock cannot be below zero; got ${q}` })
    })
    throwIfInvalid(problems)
    const producer = await loadProducerContext(container, input.producer_id)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const ids = [...new Set(input.levels.map((l) => l.variant_id))]
    const { data } = await query.graph({
      entity: "product_variant",
      fields: ["id", "manage_inventory", "product.producer.id", "inventory_items.inventory_item_id"],
      filters: { id: ids },
    })
    // Query rows of a nested read (product.producer, inventory items), walked with optional chaining.
    const byId = new Map((data as any[]).map((v) => [v.id, v]))
    for (const id of ids) {
      const v = byId.get(id)
      if (!v || v.product?.producer?.id !== producer.id) notFound("variant", id)
    }
    input.levels.forEach((l, i) => {
      const v = byId.get(l.variant_id)
      if (!v.manage_inventory || !(v.inventory_items ?? []).length) {
        problems.push({ field: `levels.${i}.variant_id`, message: `variant ${l.variant_id} does not keep stock (an experience, or inventory not managed)` })
      }
    })
    throwIfInvalid(problems)
    if (!producer.stock_location_id) invalid("levels", "your producer account has no stock location yet; ask the marketplace to set one up")
    const wanted = input.levels.flatMap((l) =>
      byId.get(l.variant_id).inventory_items.map((item: { inventory_item_id: string }) => ({
        inventory_item_id: item.inventory_item_id,
        stocked_quantity: l.stocked_quantity,
      }))
    )
    const changes = await applyLevels(container, producer.stock_location_id, wanted)
    return new StepResponse({ location_id: producer.stock_location_id, variant_ids: ids }, changes)
  },
  async (changes, { container }) => undoLevels(container, changes)
)

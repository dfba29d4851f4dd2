import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { applyLevels, undoLevels, type StockLevelChange } from "../utils/stock-levels"

/**
 * Puts the new products' stock at the producer's location (an inventory level for every managed
 * variant, even at 0, so the portal lists it). Compensation removes the levels.
 */
export const createInitialStockStep = createStep(
  "producer-portal-initial-stock",
  async (
    input: { location_id: string | null; product_ids: string[]; stock: Record<string, Record<string, number>> },
    { container }
  ) => {
    if (!input.location_id || !input.product_ids.length) return new StepResponse([] as StockLevelChange[], [] as StockLevelChange[])
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product",
      fields: ["id", "handle", "variants.title", "variants.manage_inventory", "variants.inventory_items.inventory_item_id"],
      filters: { id: input.product_ids },
    })
    const wanted: Array<{ inventory_item_id: string; stocked_quantity: number }> = []
    // Query rows of a nested read (variants, inventory items), walked with optional chaining.
    for (const product of data as any[]) {
      for (const v of product.variants ?? []) {
        if (!v?.manage_inventory) continue
        for (const item of v.inventory_items ?? []) {
          wanted.push({ inventory_item_id: item.inventory_item_id, stocked_quantity: input.stock[product.handle]?.[v.title] ?? 0 })
        }
      }
    }
    const changes = await applyLevels(container, input.location_id, wanted)
    return new StepResponse(changes, changes)
  },
  async (changes, { container }) => undoLevels(container, changes)
)

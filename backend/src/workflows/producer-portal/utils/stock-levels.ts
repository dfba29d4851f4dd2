// Inventory levels set at one stock location, and undone again, for the portal's stock steps.
import type { IInventoryService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { Container } from "./producer-access"

/** What a step changed at a stock location, so that its compensation can undo it. */
export type StockLevelChange =
  | { kind: "created"; inventory_item_id: string; location_id: string }
  | { kind: "updated"; id: string; inventory_item_id: string; location_id: string; stocked_quantity: number }

export async function applyLevels(
  container: Container,
  locationId: string,
  wanted: Array<{ inventory_item_id: string; stocked_quantity: number }>
): Promise<StockLevelChange[]> {
  const inventory: IInventoryService = container.resolve(Modules.INVENTORY)
  const changes: StockLevelChange[] = []
  if (!wanted.length) return changes
  const existing = await inventory.listInventoryLevels(
    { inventory_item_id: wanted.map((w) => w.inventory_item_id), location_id: locationId },
    { select: ["id", "inventory_item_id", "location_id", "stocked_quantity"] }
  )
  const byItem = new Map(existing.map((l) => [l.inventory_item_id, l]))
  const toCreate = wanted.filter((w) => !byItem.has(w.inventory_item_id))
  const toUpdate = wanted.filter((w) => byItem.has(w.inventory_item_id))
  if (toCreate.length) {
    await inventory.createInventoryLevels(toCreate.map((w) => ({ ...w, location_id: locationId })))
    for (const w of toCreate) changes.push({ kind: "created", inventory_item_id: w.inventory_item_id, location_id: locationId })
  }
  if (toUpdate.length) {
    await inventory.updateInventoryLevels(toUpdate.map((w) => ({ ...w, location_id: locationId })))
    for (const w of toUpdate) {
      // toUpdate holds only items found in byItem.
      const before = byItem.get(w.inventory_item_id)!
      changes.push({
        kind: "updated",
        id: before.id,
        inventory_item_id: w.inventory_item_id,
        location_id: locationId,
        stocked_quantity: Number(before.stocked_quantity),
      })
    }
  }
  return changes
}

export async function undoLevels(container: Container, changes: StockLevelChange[] | undefined) {
  if (!changes?.length) return
  const inventory = container.resolve(Modules.INVENTORY)
  const created = changes.filter((c): c is Extract<StockLevelChange, { kind: "created" }> => c.kind === "created")
  const updated = changes.filter((c): c is Extract<StockLevelChange, { kind: "updated" }> => c.kind === "updated")
  if (updated.length) {
    await inventory.updateInventoryLevels(
      updated.map((c) => ({ inventory_item_id: c.inventory_item_id, location_id: c.location_id, stocked_quantity: c.stocked_quantity }))
    )
  }
  for (const c of created) {
    await inventory.deleteInventoryLevel(c.inventory_item_id, c.location_id)
  }
}

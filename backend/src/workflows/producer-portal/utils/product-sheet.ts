import { Modules } from "@medusajs/framework/utils"
import { say, sheetHeader, type SheetEntry, type SheetLang, type SheetProduct, type SheetRowError } from "@ocop/core/dist/server"
import type { ProducerProductInput } from "../product-rules"
import { takenSkus } from "./catalog"

// What only the database knows about an import sheet (@ocop/core's readProductSheet checks the
// rest): SKUs and product codes already used by other products. Problems by row, like the sheet's.

type Container = { resolve: (key: string) => any }

export async function sheetConflicts(container: Container, entries: SheetEntry[], lang: SheetLang): Promise<SheetRowError[]> {
  const m = say(lang)
  const errors: SheetRowError[] = []
  const skus = entries.flatMap((e) => e.product.variants.map((v) => v.sku)).filter((s): s is string => !!s)
  const usedSkus = await takenSkus(container, skus)
  const handles = entries.map((e) => e.product.handle).filter((h): h is string => !!h)
  const usedHandles = new Set<string>()
  if (handles.length) {
    const existing = await container.resolve(Modules.PRODUCT).listProducts({ handle: handles }, { select: ["handle"], take: handles.length })
    existing.forEach((p: { handle: string }) => usedHandles.add(p.handle))
  }
  for (const { rows, product } of entries) {
    if (product.handle && usedHandles.has(product.handle)) errors.push({ row: rows[0]!, column: sheetHeader("handle"), message: m.usedHandle(product.handle) })
    product.variants.forEach((v, i) => {
      if (v.sku && usedSkus.has(v.sku)) errors.push({ row: rows[i]!, column: sheetHeader("sku"), message: m.usedSku(v.sku) })
    })
  }
  return errors
}

/** The portal's product input for a sheet's product. */
export function sheetProductInput(p: SheetProduct): ProducerProductInput {
  return { title: p.title, handle: p.handle, description: p.description, title_en: p.title_en, description_en: p.description_en, group: p.group, variants: p.variants }
}

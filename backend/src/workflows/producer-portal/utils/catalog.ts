// Handles and SKUs still free in the catalog, for the portal's product steps and sheet import.
import { Modules } from "@medusajs/framework/utils"
import type { Container } from "./producer-access"

/** Frees a handle: `base`, else `base-2`, `base-3`… not used by any product nor in `taken`. */
export async function freeHandles(container: Container, bases: string[]): Promise<string[]> {
  const productService = container.resolve(Modules.PRODUCT)
  const candidates = new Set<string>()
  for (const base of bases) for (let i = 1; i <= 20; i++) candidates.add(i === 1 ? base : `${base}-${i}`)
  const existing = await productService.listProducts({ handle: [...candidates] }, { select: ["handle"], take: candidates.size })
  const used = new Set<string>(existing.map((p: { handle: string }) => p.handle))
  return bases.map((base) => {
    for (let i = 1; ; i++) {
      const candidate = i === 1 ? base : `${base}-${i}`
      if (i > 20) {
        const random = `${base}-${Math.random().toString(36).slice(2, 8)}`
        used.add(random)
        return random
      }
      if (!used.has(candidate)) {
        used.add(candidate)
        return candidate
      }
    }
  })
}

/** SKUs (of `skus`) already used by a variant. */
export async function takenSkus(container: Container, skus: string[]): Promise<Set<string>> {
  if (!skus.length) return new Set()
  const productService = container.resolve(Modules.PRODUCT)
  const variants = await productService.listProductVariants({ sku: skus }, { select: ["sku"], take: skus.length })
  return new Set(variants.map((v: { sku: string }) => v.sku))
}

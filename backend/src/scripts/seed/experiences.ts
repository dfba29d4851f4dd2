// Places per date of the seeded experiences (OCOP group 6), in product.metadata.experience_capacity
// (read by src/workflows/experiences; without it a product takes DEFAULT_EXPERIENCE_CAPACITY).
// Sample values sized to each experience; safe to run again.

import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

export const EXPERIENCE_CAPACITY_BY_HANDLE: Readonly<Record<string, number>> = {
  "du-lich-lang-que-yen-duc": 20,
  "thien-duong-hoa-quang-la": 200,
  "tham-quan-trang-trai-ngoc-trai-ha-long": 30,
  "trai-nghiem-lam-gom-dong-trieu": 12,
  "trai-nghiem-vuon-mai-yen-tu": 25,
}

export async function seedExperienceCapacities(container: MedusaContainer): Promise<number> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const productModule = container.resolve(Modules.PRODUCT)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "metadata"],
    filters: { handle: Object.keys(EXPERIENCE_CAPACITY_BY_HANDLE) },
  })
  let updated = 0
  for (const p of data as Array<{ id: string; handle: string; metadata: Record<string, unknown> | null }>) {
    const capacity = EXPERIENCE_CAPACITY_BY_HANDLE[p.handle]!
    if (p.metadata?.experience_capacity === capacity) continue
    await productModule.updateProducts(p.id, { metadata: { ...(p.metadata ?? {}), experience_capacity: capacity } })
    updated++
  }
  return updated
}

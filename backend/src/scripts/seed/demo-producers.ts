// The demo producer logins of the development seed: producer@ocop.local for "CTCP Ngọc trai Hạ
// Long" and producer2@ocop.local for "Lâm sản Đạp Thanh" (Trà hoa vàng Ba Chẽ), both with the
// password ocop-dev-producer (./demo-accounts). Run after the catalog (seedCatalog): it needs the
// producers. Each producer gets its own stock location (its "Kho"), linked to the default sales
// channel and the manual fulfilment provider, and its products' stock moves there from the
// marketplace warehouse, so the portal's stock, orders and fulfilments work end to end.
// Idempotent: what exists is kept.

import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { PRODUCER_MODULE, type ProducerModuleService } from "../../modules/producer"
import { addProducerMemberWorkflow } from "../../workflows/producer-portal/add-producer-member"
import { DEMO_ACCOUNTS } from "./demo-accounts"

type Logger = { info: (msg: string) => void; warn: (msg: string) => void }

/** Which seeded producer (by handle, see ./catalog/producers.ts) each demo login belongs to. */
export const DEMO_PRODUCER_ACCOUNTS = [
  { ...DEMO_ACCOUNTS.producer, producer_handle: "ngoc-trai-ha-long", name: "Chủ thể Ngọc trai Hạ Long (demo)" },
  { ...DEMO_ACCOUNTS.producer2, producer_handle: "lam-san-dap-thanh", name: "Chủ thể Lâm sản Đạp Thanh (demo)" },
] as const

export type DemoProducerAccountResult = {
  email: string
  producer_id: string | null
  member_id: string | null
  stock_location_id: string | null
  created: boolean
  stock_moved: number
}

export async function seedDemoProducerAccounts(container: MedusaContainer): Promise<DemoProducerAccountResult[]> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER) as Logger
  const results: DemoProducerAccountResult[] = []
  for (const account of DEMO_PRODUCER_ACCOUNTS) {
    const producer = await findProducer(container, account.producer_handle)
    if (!producer) {
      logger.warn(`Demo producer login ${account.email}: no producer "${account.producer_handle}" (seed the catalog first); skipped`)
      results.push({ email: account.email, producer_id: null, member_id: null, stock_location_id: null, created: false, stock_moved: 0 })
      continue
    }
    const locationId = producer.stock_location_id ?? (await createOwnStockLocation(container, producer))
    const moved = await moveStockToOwnLocation(container, producer.id, locationId)
    const { memberId, created } = await ensureMember(container, producer.id, account)
    results.push({ email: account.email, producer_id: producer.id, member_id: memberId, stock_location_id: locationId, created, stock_moved: moved })
    logger.info(
      `Demo producer login ${account.email} → ${account.producer_handle}` +
        `${created ? " (created)" : ""}${moved ? `, ${moved} stock levels moved to its own location` : ""}`
    )
  }
  return results
}

async function findProducer(container: MedusaContainer, handle: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "producer",
    fields: ["id", "handle", "display_name", "phone", "stock_locations.id", "stock_locations.created_at"],
    filters: { handle },
  })
  const p = data[0] as
    | { id: string; handle: string; display_name: string; phone: string | null; stock_locations?: Array<{ id: string; created_at: string } | null> }
    | undefined
  if (!p) return null
  const locations = (p.stock_locations ?? []).filter((l): l is { id: string; created_at: string } => !!l)
  locations.sort((a, b) => String(a.created_at).localeCompare(String(b.created_at)))
  return { ...p, stock_location_id: locations[0]?.id ?? null }
}

async function createOwnStockLocation(container: MedusaContainer, producer: { id: string; display_name: string; phone: string | null }) {
  const location = await container.resolve(Modules.STOCK_LOCATION).createStockLocations({
    name: `Kho ${producer.display_name}`,
    address: { address_1: producer.display_name, province: "Quảng Ninh", country_code: "vn", phone: producer.phone ?? undefined },
  })
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: stores } = await query.graph({ entity: "store", fields: ["default_sales_channel_id"] })
  const salesChannelId = (stores[0] as { default_sales_channel_id?: string | null } | undefined)?.default_sales_channel_id
  await container.resolve(ContainerRegistrationKeys.LINK).create([
    { [PRODUCER_MODULE]: { producer_id: producer.id }, [Modules.STOCK_LOCATION]: { stock_location_id: location.id } },
    { [Modules.STOCK_LOCATION]: { stock_location_id: location.id }, [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" } },
    ...(salesChannelId
      ? [{ [Modules.SALES_CHANNEL]: { sales_channel_id: salesChannelId }, [Modules.STOCK_LOCATION]: { stock_location_id: location.id } }]
      : []),
  ])
  return location.id
}

/**
 * The producer's products' stock, from whatever other location holds it to the producer's own:
 * a level at the own location with the same quantity; the other level is removed when nothing is
 * reserved there. Returns how many levels moved.
 */
async function moveStockToOwnLocation(container: MedusaContainer, producerId: string, locationId: string): Promise<number> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "producer",
    fields: ["products.variants.manage_inventory", "products.variants.inventory_items.inventory_item_id"],
    filters: { id: producerId },
  })
  // A nested Query read, only its inventory item ids used: not worth a row type.
  const itemIds = ((data[0] as any)?.products ?? []).flatMap((p: any) =>
    (p?.variants ?? []).filter((v: any) => v?.manage_inventory).flatMap((v: any) => (v.inventory_items ?? []).map((i: any) => i.inventory_item_id))
  ) as string[]
  if (!itemIds.length) return 0
  const inventory = container.resolve(Modules.INVENTORY)
  const levels = await inventory.listInventoryLevels({ inventory_item_id: itemIds })
  const own = new Set(levels.filter((l) => l.location_id === locationId).map((l) => l.inventory_item_id))
  const elsewhere = levels.filter((l) => l.location_id !== locationId && !own.has(l.inventory_item_id))
  const firstByItem = new Map<string, (typeof elsewhere)[number]>()
  for (const l of elsewhere) if (!firstByItem.has(l.inventory_item_id)) firstByItem.set(l.inventory_item_id, l)
  const toMove = [...firstByItem.values()]
  const missing = itemIds.filter((id) => !own.has(id) && !firstByItem.has(id))
  const create = [
    ...toMove.map((l) => ({ inventory_item_id: l.inventory_item_id, location_id: locationId, stocked_quantity: Number(l.stocked_quantity) })),
    ...missing.map((id) => ({ inventory_item_id: id, location_id: locationId, stocked_quantity: 0 })),
  ]
  if (create.length) await inventory.createInventoryLevels(create)
  for (const l of toMove) {
    if (Number(l.reserved_quantity) === 0) await inventory.deleteInventoryLevel(l.inventory_item_id, l.location_id)
  }
  return toMove.length
}

async function ensureMember(
  container: MedusaContainer,
  producerId: string,
  account: (typeof DEMO_PRODUCER_ACCOUNTS)[number]
): Promise<{ memberId: string; created: boolean }> {
  const service = container.resolve(PRODUCER_MODULE) as ProducerModuleService
  const [existing] = await service.listProducerMembers({ email: account.email.toLowerCase() }, { select: ["id"] })
  if (existing) return { memberId: existing.id, created: false }
  const auth = container.resolve(Modules.AUTH)
  const [identity] = await auth.listProviderIdentities({ entity_id: account.email, provider: "emailpass" })
  let authIdentityId = identity?.auth_identity_id ?? null
  if (!authIdentityId) {
    const { authIdentity, error } = await auth.register("emailpass", {
      body: { email: account.email, password: account.password },
    })
    if (!authIdentity) throw new Error(`Could not register ${account.email}: ${error}`)
    authIdentityId = authIdentity.id
  }
  const { result } = await addProducerMemberWorkflow(container).run({
    input: { producer_id: producerId, auth_identity_id: authIdentityId, email: account.email, name: account.name, role: "owner" },
  })
  return { memberId: result.id, created: true }
}

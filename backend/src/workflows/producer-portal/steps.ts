import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CreateProductWorkflowInputDTO, LinkDefinition } from "@medusajs/framework/types"
import { isExperienceGroup } from "@ocop/core"
import { PRODUCER_MODULE, type ProducerModuleService } from "../../modules/producer"
import { OCOP_MODULE, type OcopModuleService } from "../../modules/ocop"
import { throwIfInvalid, invalid, type FieldProblem } from "../lib/errors"
import {
  checkNewProduct,
  checkProductUpdate,
  cleanText,
  DEFAULT_VARIANT_TITLE,
  handleFromTitle,
  publishRefusal,
  VARIANT_OPTION_TITLE,
  type ProducerProductInput,
  type ProducerProductUpdate,
} from "./product-rules"

type Container = { resolve: (key: string) => any }

export function producerService(container: Container): ProducerModuleService {
  return container.resolve(PRODUCER_MODULE) as ProducerModuleService
}

export function notFound(what: string, id: string): never {
  throw new MedusaError(MedusaError.Types.NOT_FOUND, `${what} ${id} was not found`)
}

export function forbidden(message: string): never {
  throw new MedusaError(MedusaError.Types.FORBIDDEN, message)
}

/** The producer as the portal workflows need it: status and its own stock location. */
export type ProducerContext = { id: string; status: string; display_name: string; stock_location_id: string | null }

export async function loadProducerContext(container: Container, producerId: string): Promise<ProducerContext> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "producer",
    fields: ["id", "status", "display_name", "stock_locations.id", "stock_locations.created_at"],
    filters: { id: producerId },
  })
  const p = data[0] as
    | { id: string; status: string; display_name: string; stock_locations?: Array<{ id: string; created_at: string } | null> | null }
    | undefined
  if (!p) notFound("producer", producerId)
  const locations = (p.stock_locations ?? []).filter((l): l is { id: string; created_at: string } => !!l)
  locations.sort((a, b) => String(a.created_at).localeCompare(String(b.created_at)))
  return { id: p.id, status: p.status, display_name: p.display_name, stock_location_id: locations[0]?.id ?? null }
}

/** The ids of the products of one producer (through the producer ↔ product link). */
export async function producerProductIds(container: Container, producerId: string): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "producer", fields: ["products.id"], filters: { id: producerId } })
  const p = data[0] as { products?: Array<{ id: string } | null> | null } | undefined
  return (p?.products ?? []).filter((x): x is { id: string } => !!x).map((x) => x.id)
}

/** The product if it belongs to the producer; 404 otherwise (whether it exists or not). */
export async function ownProductOrThrow(container: Container, producerId: string, productId: string, fields: string[] = []) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "status", "metadata", "producer.id", ...fields],
    filters: { id: productId },
  })
  const product = data[0] as (Record<string, any> & { id: string; producer?: { id: string } | null }) | undefined
  if (!product || product.producer?.id !== producerId) notFound("product", productId)
  return product
}

/** Frees a handle: `base`, else `base-2`, `base-3`… not used by any product nor in `taken`. */
async function freeHandles(container: Container, bases: string[]): Promise<string[]> {
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

export type PreparedProducerProducts = {
  producer_id: string
  location_id: string | null
  products: CreateProductWorkflowInputDTO[]
  /** By product handle, then variant title: units to put in stock. */
  stock: Record<string, Record<string, number>>
}

/**
 * Checks new products (prices, stock, titles, group…), the producer (publishing needs an active
 * producer), SKUs and handles; builds Medusa's product input: one option "Loại", VND prices, the
 * default sales channel and shipping profile, the group's category when it exists.
 */
export const prepareProducerProductsStep = createStep(
  "producer-portal-prepare-products",
  async (input: { producer_id: string; member_id?: string | null; products: ProducerProductInput[]; batch?: boolean }, { container }) => {
    const problems: FieldProblem[] = []
    input.products.forEach((p, i) => problems.push(...checkNewProduct(p, input.batch ? `products.${i}.` : "")))
    throwIfInvalid(problems)

    const producer = await loadProducerContext(container, input.producer_id)
    const refusal = publishRefusal(producer.status)
    const wantsPublish = input.products.some((p) => p.status === "published")
    if (refusal && wantsPublish) forbidden(refusal)
    const status = (p: ProducerProductInput) => (refusal ? "draft" : p.status ?? "published")

    const prefix = (i: number) => (input.batch ? `products.${i}.` : "")
    const skus = input.products.flatMap((p) => p.variants.map((v) => cleanText(v.sku)).filter((s): s is string => !!s))
    const taken = await takenSkus(container, skus)
    const seen = new Set<string>()
    input.products.forEach((p, i) =>
      p.variants.forEach((v, j) => {
        const sku = cleanText(v.sku)
        if (!sku) return
        if (taken.has(sku) || seen.has(sku)) problems.push({ field: `${prefix(i)}variants.${j}.sku`, message: `"${sku}" is already used` })
        seen.add(sku)
      })
    )
    const explicit = input.products.map((p) => cleanText(p.handle))
    const explicitGiven = explicit.filter((h): h is string => !!h)
    if (explicitGiven.length) {
      const existing = await container
        .resolve(Modules.PRODUCT)
        .listProducts({ handle: explicitGiven }, { select: ["handle"], take: explicitGiven.length })
      const used = new Set(existing.map((x: { handle: string }) => x.handle))
      explicit.forEach((h, i) => {
        if (h && used.has(h)) problems.push({ field: `${prefix(i)}handle`, message: `"${h}" is already used by another product` })
      })
    }
    input.products.forEach((p, i) => {
      if (!explicit[i] && !handleFromTitle(p.title)) {
        problems.push({ field: `${prefix(i)}title`, message: "needs letters or digits to make the product's web address" })
      }
    })
    throwIfInvalid(problems)

    const generated = await freeHandles(
      container,
      input.products.map((p, i) => explicit[i] ?? handleFromTitle(p.title))
    )
    const handles = input.products.map((_, i) => explicit[i] ?? generated[i]!)

    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: stores } = await query.graph({ entity: "store", fields: ["default_sales_channel_id"] })
    const salesChannelId = (stores[0] as { default_sales_channel_id?: string | null } | undefined)?.default_sales_channel_id ?? null
    const [profile] = await container.resolve(Modules.FULFILLMENT).listShippingProfiles({ type: "default" }, { select: ["id"] })
    const groups = [...new Set(input.products.map((p) => cleanText(p.group)).filter((g): g is string => !!g))]
    const categories = groups.length
      ? await container.resolve(Modules.PRODUCT).listProductCategories({ handle: groups }, { select: ["id", "handle"] })
      : []
    const categoryOf = new Map(categories.map((c: { id: string; handle: string }) => [c.handle, c.id]))

    const products: CreateProductWorkflowInputDTO[] = input.products.map((p, i) => {
      const group = cleanText(p.group)
      const experience = group ? isExperienceGroup(group) : false
      const titles = p.variants.map((v) => cleanText(v.title) ?? DEFAULT_VARIANT_TITLE)
      const categoryId = group ? categoryOf.get(group) : undefined
      return {
        title: p.title.trim(),
        subtitle: cleanText(p.subtitle),
        description: cleanText(p.description),
        handle: handles[i],
        status: status(p),
        origin_country: "vn",
        discountable: true,
        ...(cleanText(p.thumbnail) ? { thumbnail: cleanText(p.thumbnail)!, images: [{ url: cleanText(p.thumbnail)! }] } : {}),
        ...(categoryId ? { category_ids: [categoryId] } : {}),
        ...(salesChannelId ? { sales_channels: [{ id: salesChannelId }] } : {}),
        // Experiences (group 6) are booked, never shipped: no shipping profile, no inventory.
        ...(!experience && profile ? { shipping_profile_id: profile.id } : {}),
        options: [{ title: VARIANT_OPTION_TITLE, values: titles }],
        variants: p.variants.map((v, j) => ({
          title: titles[j]!,
          sku: cleanText(v.sku) ?? undefined,
          options: { [VARIANT_OPTION_TITLE]: titles[j]! },
          prices: [{ currency_code: "vnd", amount: v.price }],
          manage_inventory: !experience,
          allow_backorder: false,
          variant_rank: j,
        })),
        metadata: {
          ...(group ? { ocop_group: group } : {}),
          ...(experience ? { experience: true } : {}),
          created_via: "producer_portal",
          ...(input.member_id ? { created_by_member_id: input.member_id } : {}),
        },
      } as CreateProductWorkflowInputDTO
    })
    const stock = Object.fromEntries(
      input.products.map((p, i) => [
        handles[i]!,
        Object.fromEntries(p.variants.map((v) => [cleanText(v.title) ?? DEFAULT_VARIANT_TITLE, v.stock ?? 0])),
      ])
    )
    if (Object.values(stock).some((s) => Object.values(s).some((q) => q > 0)) && !producer.stock_location_id) {
      invalid("stock", "your producer account has no stock location yet; ask the marketplace to set one up")
    }
    return new StepResponse<PreparedProducerProducts>({
      producer_id: producer.id,
      location_id: producer.stock_location_id,
      products,
      stock,
    })
  }
)

type StockLevelChange =
  | { kind: "created"; inventory_item_id: string; location_id: string }
  | { kind: "updated"; id: string; inventory_item_id: string; location_id: string; stocked_quantity: number }

async function applyLevels(
  container: Container,
  locationId: string,
  wanted: Array<{ inventory_item_id: string; stocked_quantity: number }>
): Promise<StockLevelChange[]> {
  const inventory = container.resolve(Modules.INVENTORY)
  const changes: StockLevelChange[] = []
  if (!wanted.length) return changes
  const existing = await inventory.listInventoryLevels(
    { inventory_item_id: wanted.map((w) => w.inventory_item_id), location_id: locationId },
    { select: ["id", "inventory_item_id", "location_id", "stocked_quantity"] }
  )
  const byItem = new Map<string, any>(existing.map((l: any) => [l.inventory_item_id, l]))
  const toCreate = wanted.filter((w) => !byItem.has(w.inventory_item_id))
  const toUpdate = wanted.filter((w) => byItem.has(w.inventory_item_id))
  if (toCreate.length) {
    await inventory.createInventoryLevels(toCreate.map((w) => ({ ...w, location_id: locationId })))
    for (const w of toCreate) changes.push({ kind: "created", inventory_item_id: w.inventory_item_id, location_id: locationId })
  }
  if (toUpdate.length) {
    await inventory.updateInventoryLevels(toUpdate.map((w) => ({ ...w, location_id: locationId })))
    for (const w of toUpdate) {
      const before = byItem.get(w.inventory_item_id)
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

async function undoLevels(container: Container, changes: StockLevelChange[] | undefined) {
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

export type PreparedProductUpdate = {
  product_id: string
  product: Record<string, unknown> | null
  variants: Array<{ id: string; sku?: string | null; prices?: Array<{ currency_code: string; amount: number }> }>
}

/**
 * Checks an edit of one of the producer's products: ownership (404 otherwise), the fields, the
 * publishing rule, and that every variant named is the product's own. `archive` unpublishes
 * and marks the product archived; any later edit that publishes it clears the mark.
 */
export const prepareProducerProductUpdateStep = createStep(
  "producer-portal-prepare-product-update",
  async (input: { producer_id: string; product_id: string; update: ProducerProductUpdate; archive?: boolean }, { container }) => {
    const product = await ownProductOrThrow(container, input.producer_id, input.product_id, ["variants.id", "variants.sku"])
    const update = input.update
    throwIfInvalid(checkProductUpdate(update))
    const producer = await loadProducerContext(container, input.producer_id)
    if (update.status === "published") {
      const refusal = publishRefusal(producer.status)
      if (refusal) forbidden(refusal)
    }
    const own = new Set((product.variants ?? []).map((v: { id: string }) => v.id))
    for (const v of update.variants ?? []) if (!own.has(v.id)) notFound("variant", v.id)
    const problems: FieldProblem[] = []
    const newSkus = (update.variants ?? []).filter((v) => cleanText(v.sku)).map((v) => cleanText(v.sku)!)
    const current = new Map((product.variants ?? []).map((v: { id: string; sku: string | null }) => [v.id, v.sku]))
    const taken = await takenSkus(container, newSkus)
    ;(update.variants ?? []).forEach((v, i) => {
      const sku = cleanText(v.sku)
      if (sku && taken.has(sku) && current.get(v.id) !== sku) problems.push({ field: `variants.${i}.sku`, message: `"${sku}" is already used` })
    })
    throwIfInvalid(problems)

    const metadata = { ...((product.metadata as Record<string, unknown> | null) ?? {}) }
    const changes: Record<string, unknown> = {}
    if (update.title !== undefined) changes.title = update.title.trim()
    if (update.subtitle !== undefined) changes.subtitle = cleanText(update.subtitle)
    if (update.description !== undefined) changes.description = cleanText(update.description)
    if (update.thumbnail !== undefined) changes.thumbnail = cleanText(update.thumbnail)
    if (update.status !== undefined) changes.status = update.status
    if (update.group !== undefined) {
      const group = cleanText(update.group)
      // "" removes a key (Medusa's metadata merge).
      metadata.ocop_group = group ?? ""
      changes.metadata = metadata
      const categories = group
        ? await container.resolve(Modules.PRODUCT).listProductCategories({ handle: group }, { select: ["id"] })
        : []
      changes.category_ids = categories.map((c: { id: string }) => c.id)
    }
    if (input.archive) {
      changes.status = "draft"
      metadata.archived_at = new Date().toISOString()
      changes.metadata = metadata
    } else if (update.status === "published" && metadata.archived_at) {
      metadata.archived_at = ""
      changes.metadata = metadata
    }
    const variants = (update.variants ?? [])
      .filter((v) => v.price !== undefined || v.sku !== undefined)
      .map((v) => ({
        id: v.id,
        ...(v.sku !== undefined ? { sku: cleanText(v.sku) } : {}),
        ...(v.price !== undefined ? { prices: [{ currency_code: "vnd", amount: v.price }] } : {}),
      }))
    return new StepResponse<PreparedProductUpdate>({
      product_id: input.product_id,
      product: Object.keys(changes).length ? changes : null,
      variants,
    })
  }
)

/** Creates a producer member; compensation deletes it. */
export const createProducerMemberStep = createStep(
  "producer-portal-create-member",
  async (
    input: { producer_id: string; email: string; name: string; role: "owner" | "staff"; auth_identity_id: string | null },
    { container }
  ) => {
    const member = await producerService(container).createProducerMembers({
      email: input.email.toLowerCase(),
      name: input.name,
      role: input.role,
      auth_identity_id: input.auth_identity_id,
      producer_id: input.producer_id,
    } as never)
    return new StepResponse(member as unknown as { id: string; email: string; name: string; role: string }, (member as { id: string }).id)
  },
  async (id, { container }) => {
    if (!id) return
    await producerService(container).deleteProducerMembers(id)
  }
)

/** Creates the producer's own stock location (where it ships from); compensation deletes it. */
export const createProducerStockLocationStep = createStep(
  "producer-portal-create-stock-location",
  async (input: { name: string; address: Record<string, unknown> }, { container }) => {
    const service = container.resolve(Modules.STOCK_LOCATION)
    const location = await service.createStockLocations({ name: input.name, address: input.address as never })
    return new StepResponse(location as { id: string; name: string }, (location as { id: string }).id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve(Modules.STOCK_LOCATION).deleteStockLocations([id])
  }
)

/** Links between modules; compensation dismisses them. (Like core's createRemoteLinkStep, tolerant of an empty list.) */
export const createLinksStep = createStep(
  "producer-portal-create-links",
  async (links: LinkDefinition[], { container }) => {
    if (!links.length) return new StepResponse([] as LinkDefinition[], [] as LinkDefinition[])
    await container.resolve(ContainerRegistrationKeys.LINK).create(links)
    return new StepResponse(links, links)
  },
  async (links, { container }) => {
    if (!links?.length) return
    await container.resolve(ContainerRegistrationKeys.LINK).dismiss(links)
  }
)

export function ocopService(container: Container): OcopModuleService {
  return container.resolve(OCOP_MODULE) as OcopModuleService
}

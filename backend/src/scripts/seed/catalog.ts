// Seeds the development catalog (./catalog-data): the six OCOP groups as product categories,
// producers, published products with VND prices, stock at the foundation's warehouse, generated
// pictures, English translations, OCOP certificates and producer links. Idempotent: what exists
// (by handle) is kept, and a product left without its certificate or producer by an interrupted
// run gets them on the next run.

import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createInventoryLevelsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  createProductTagsWorkflow,
  createTranslationsWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { GROUP_SLUGS, type GroupSlug } from "@ocop/core"
import { PRODUCER_MODULE } from "../../modules/producer"
import {
  createProducerWorkflow,
  linkProductToProducerWorkflow,
  upsertProductCertificateWorkflow,
} from "../../workflows"
import { PRODUCERS, PRODUCTS, catalogSku, getSeedProducer } from "./catalog-data"
import {
  categoryInputs,
  categoryTranslation,
  certificateInput,
  producerInput,
  productTranslations,
  toProductInput,
  type CreatedProductShape,
  type ProductRefs,
  type TranslationInput,
} from "./catalog/medusa-input"
import type { CatalogProduct, SeedProducer } from "./catalog/types"
import { seedFoundation, type FoundationRefs } from "./foundation"
import { ensureStoreLocales, hasTranslationModule } from "../../workflows/translations/utils/store-locales"
import { productImageBase64, productImageFilename, type ProductImageInput } from "./product-images"

type Logger = { info: (msg: string) => void; warn: (msg: string) => void }

export type CatalogResult = {
  producersCreated: number
  productsCreated: number
  productsSkipped: number
  certificatesCreated: number
  producerLinksCreated: number
}

const PRODUCT_BATCH = 25

// ---------------------------------------------------------------------------
// Shared with the synthetic seed

export { ensureStoreLocales, hasTranslationModule }

/** The six OCOP groups as product categories (handle = group slug), created when missing. */
export async function ensureGroupCategories(container: MedusaContainer): Promise<Record<GroupSlug, string>> {
  const productService = container.resolve(Modules.PRODUCT)
  const existing = await productService.listProductCategories({ handle: [...GROUP_SLUGS] }, { select: ["id", "handle"] })
  const ids = Object.fromEntries(existing.map((c) => [c.handle, c.id])) as Record<string, string>
  const missing = GROUP_SLUGS.filter((slug) => !ids[slug])
  if (missing.length) {
    const { result } = await createProductCategoriesWorkflow(container).run({
      input: { product_categories: categoryInputs(missing) },
    })
    for (const c of result) ids[c.handle] = c.id
    await createTranslations(container, missing.map((slug) => categoryTranslation(slug, ids[slug]!)))
  }
  return ids as Record<GroupSlug, string>
}

/** Product tags by value, created when missing. */
export async function ensureTags(container: MedusaContainer, values: Iterable<string>): Promise<Map<string, string>> {
  const wanted = [...new Set(values)]
  const productService = container.resolve(Modules.PRODUCT)
  const map = new Map<string, string>()
  if (wanted.length === 0) return map
  const existing = await productService.listProductTags({ value: wanted }, { select: ["id", "value"] })
  for (const t of existing) map.set(t.value, t.id)
  const missing = wanted.filter((v) => !map.has(v))
  if (missing.length) {
    const { result } = await createProductTagsWorkflow(container).run({
      input: { product_tags: missing.map((value) => ({ value })) },
    })
    for (const t of result) map.set(t.value, t.id)
  }
  return map
}

/** Uploads generated SVG cards through the File Module; returns their public URLs in order. */
export async function uploadProductImages(container: MedusaContainer, images: ProductImageInput[]): Promise<string[]> {
  if (images.length === 0) return []
  const fileService = container.resolve(Modules.FILE)
  const files = await fileService.createFiles(
    images.map((image) => ({
      filename: productImageFilename(image.handle, image.locale),
      mimeType: "image/svg+xml",
      // Base64: the local provider decodes it exactly (a plain string would be guessed at).
      content: productImageBase64(image),
      access: "public" as const,
    })),
  )
  return files.map((f) => f.url)
}

let warnedNoTranslation = false

/** Stores translations through the Translation Module; without it, does nothing (metadata.en keeps the English). */
export async function createTranslations(container: MedusaContainer, translations: TranslationInput[]) {
  if (translations.length === 0) return
  if (!hasTranslationModule(container)) {
    if (!warnedNoTranslation) {
      warnedNoTranslation = true
      const logger = container.resolve(ContainerRegistrationKeys.LOGGER) as Logger
      logger.warn(
        "Translation Module not loaded (set MEDUSA_FF_TRANSLATION=true or list @medusajs/medusa/translation in medusa-config): English texts are kept in product.metadata.en only",
      )
    }
    return
  }
  await createTranslationsWorkflow(container).run({ input: { translations } })
}

export type LoadedProduct = Omit<CreatedProductShape, "variants"> & {
  variants: Array<{ id: string; title: string | null; sku: string | null; manage_inventory: boolean }>
}

/**
 * Creates products through createProductsWorkflow and returns them as created (options with
 * their values, variants), which is all the translations and the stock need.
 */
export async function createProducts(container: MedusaContainer, inputs: ReturnType<typeof toProductInput>[]): Promise<LoadedProduct[]> {
  const { result } = await createProductsWorkflow(container).run({ input: { products: inputs } })
  return result as unknown as LoadedProduct[]
}

/**
 * Stock at `locationId` for every inventory-managed variant, by SKU. createProductsWorkflow
 * gives each such variant a default inventory item with the variant's SKU (Medusa 2.21,
 * createDefaultInventoryItem), so the items are found by SKU in one query.
 */
export async function stockVariants(
  container: MedusaContainer,
  products: LoadedProduct[],
  locationId: string,
  stockBySku: ReadonlyMap<string, number>,
) {
  const skus = products.flatMap((p) => p.variants.filter((v) => v.manage_inventory && v.sku && stockBySku.has(v.sku)).map((v) => v.sku!))
  if (skus.length === 0) return
  const inventory = container.resolve(Modules.INVENTORY)
  const items = await inventory.listInventoryItems({ sku: skus }, { select: ["id", "sku"], take: skus.length })
  const levels = items
    .filter((item) => item.sku && stockBySku.has(item.sku))
    .map((item) => ({ inventory_item_id: item.id, location_id: locationId, stocked_quantity: stockBySku.get(item.sku!)! }))
  if (levels.length) await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: levels } })
}

/** Handles (of `handles`) that already exist as products. */
export async function existingProductHandles(container: MedusaContainer, handles: string[]): Promise<Set<string>> {
  const productService = container.resolve(Modules.PRODUCT)
  const found = new Set<string>()
  for (let i = 0; i < handles.length; i += 1_000) {
    const chunk = handles.slice(i, i + 1_000)
    const products = await productService.listProducts({ handle: chunk }, { select: ["id", "handle"], take: chunk.length })
    for (const p of products) found.add(p.handle)
  }
  return found
}

/** Creates the producers of `producers` that do not exist yet; returns every one's id by handle. */
export async function ensureProducers(
  container: MedusaContainer,
  producers: readonly SeedProducer[],
  metadata?: Record<string, unknown>,
): Promise<{ ids: Map<string, string>; created: number }> {
  const service = container.resolve(PRODUCER_MODULE) as {
    listProducers: (filters: Record<string, unknown>, config?: Record<string, unknown>) => Promise<Array<{ id: string; handle: string }>>
  }
  const handles = producers.map((p) => p.handle)
  const ids = new Map<string, string>()
  for (let i = 0; i < handles.length; i += 1_000) {
    const chunk = handles.slice(i, i + 1_000)
    const existing = await service.listProducers({ handle: chunk }, { select: ["id", "handle"], take: chunk.length })
    for (const p of existing) ids.set(p.handle, p.id)
  }
  let created = 0
  for (const producer of producers) {
    if (ids.has(producer.handle)) continue
    const { result } = await createProducerWorkflow(container).run({ input: producerInput(producer, [], metadata) })
    ids.set(producer.handle, result.id)
    created++
  }
  return { ids, created }
}

// ---------------------------------------------------------------------------
// The development catalog

/**
 * Seeds the catalog on top of the foundation (region, sales channel, warehouse, shipping
 * profile); without `refs` it runs seedFoundation first, which is idempotent.
 */
export async function seedCatalog(container: MedusaContainer, refs?: FoundationRefs): Promise<CatalogResult> {
  refs ??= await seedFoundation(container)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER) as Logger
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  await ensureStoreLocales(container)
  const categoryIdByGroup = await ensureGroupCategories(container)
  const tagIdByValue = await ensureTags(container, PRODUCTS.flatMap((p) => p.tags))
  const { ids: producerIds, created: producersCreated } = await ensureProducers(container, PRODUCERS)

  const productRefs: ProductRefs = {
    salesChannelId: refs.salesChannelId,
    shippingProfileId: refs.shippingProfileId,
    categoryIdByGroup,
    tagIdByValue,
  }

  const existing = await existingProductHandles(container, PRODUCTS.map((p) => p.handle))
  const toCreate = PRODUCTS.filter((p) => !existing.has(p.handle))
  for (let i = 0; i < toCreate.length; i += PRODUCT_BATCH) {
    await createCatalogBatch(container, toCreate.slice(i, i + PRODUCT_BATCH), productRefs, refs.stockLocationId)
  }

  // Certificates and producers, for new products and any an interrupted run left without them.
  const { data: rows } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "ocop_certificate.id", "producer.id"],
    filters: { handle: PRODUCTS.map((p) => p.handle) },
  })
  let certificatesCreated = 0
  let producerLinksCreated = 0
  const byHandle = new Map(PRODUCTS.map((p) => [p.handle, p]))
  for (const row of rows as Array<{ id: string; handle: string; ocop_certificate?: { id: string } | null; producer?: { id: string } | null }>) {
    const product = byHandle.get(row.handle)!
    const producer = getSeedProducer(product.producer)!
    if (!row.ocop_certificate) {
      await upsertProductCertificateWorkflow(container).run({
        input: { product_id: row.id, certificate: certificateInput(product, producer) },
      })
      certificatesCreated++
    }
    if (!row.producer) {
      await linkProductToProducerWorkflow(container).run({
        input: { product_id: row.id, producer_id: producerIds.get(producer.handle)! },
      })
      producerLinksCreated++
    }
  }

  const result = {
    producersCreated,
    productsCreated: toCreate.length,
    productsSkipped: PRODUCTS.length - toCreate.length,
    certificatesCreated,
    producerLinksCreated,
  }
  logger.info(
    `Catalog: ${result.productsCreated} products created (${result.productsSkipped} already there), ` +
      `${producersCreated} producers, ${certificatesCreated} certificates, ${producerLinksCreated} producer links`,
  )
  return result
}

async function createCatalogBatch(container: MedusaContainer, batch: CatalogProduct[], refs: ProductRefs, locationId: string) {
  // A card per language: the English site shows the English one (metadata.generated_image, issue #23).
  const [urls, urlsEn] = await Promise.all(
    (["vi", "en"] as const).map((locale) =>
      uploadProductImages(
        container,
        batch.map((p) => ({ handle: p.handle, title: locale === "en" ? p.title_en : p.title_vi, group: p.group, stars: p.certificate.stars, locale })),
      ),
    ),
  )
  const inputs = batch.map((p, i) =>
    toProductInput(p, refs, {
      imageUrl: urls![i],
      sku: (v) => catalogSku(p.handle, v),
      metadata: { seed: "catalog", ...(urls![i] && urlsEn![i] ? { generated_image: { vi: urls![i], en: urlsEn![i] } } : {}) },
    }),
  )
  const created = await createProducts(container, inputs)
  const stockBySku = new Map(batch.flatMap((p) => p.variants.map((v, i) => [catalogSku(p.handle, i), v.stock] as const)))
  await stockVariants(container, created, locationId, stockBySku)

  const byHandle = new Map(batch.map((p) => [p.handle, p]))
  await createTranslations(
    container,
    created.flatMap((c) => productTranslations(byHandle.get(c.handle)!, c)),
  )
}

/** Marks the store as seeded (the start script seeds only while this is missing). */
export async function markStoreSeeded(container: MedusaContainer, at: Date = new Date()) {
  const storeService = container.resolve(Modules.STORE)
  const [store] = await storeService.listStores({}, { select: ["id", "metadata"] })
  if (!store) return
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: { metadata: { ...(store.metadata ?? {}), ocop_seeded_at: at.toISOString() } },
    },
  })
}

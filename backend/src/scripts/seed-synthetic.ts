// `npm run seed:synthetic -- products=20000` (or `-- 20000`, or SYNTHETIC_PRODUCTS=20000, or
// `npx medusa exec ./src/scripts/seed-synthetic.ts -- --products 20000`): loads N deterministic
// synthetic OCOP products (./seed/synthetic) on top of the foundation, in batches through
// Medusa's createProductsWorkflow, with stock, pictures, English translations, certificates and
// producers, then rebuilds the search index. A plain text progress bar goes to stderr.
// Re-running with the same seed skips what exists, so an interrupted load can be resumed.

import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { OCOP_MODULE, type OcopModuleService } from "../modules/ocop"
import { PRODUCER_MODULE } from "../modules/producer"
import { reindexProducts } from "../search/lib/reindex"
import { prepareCertificate } from "../workflows/ocop/certificate-rules"
import {
  createTranslations,
  ensureGroupCategories,
  ensureProducers,
  ensureStoreLocales,
  ensureTags,
  existingProductHandles,
  createProducts,
  stockVariants,
  uploadProductImages,
} from "./seed/catalog"
import { certificateInput, productTranslations, toProductInput, type ProductRefs } from "./seed/catalog/medusa-input"
import { seedFoundation } from "./seed/foundation"
import {
  DEFAULT_SEED,
  parseSyntheticArgs,
  producerCache,
  producerPoolSize,
  progressBar,
  scriptArgs,
  syntheticBatch,
  type SyntheticProduct,
} from "./seed/synthetic"
import { PRODUCT_TYPES } from "./seed/synthetic-types"

type Logger = { info: (msg: string) => void; warn: (msg: string) => void }

/** Time spent per step of the batches, reported at the end. */
const timings = new Map<string, number>()
async function timed<T>(step: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now()
  try {
    return await work()
  } finally {
    timings.set(step, (timings.get(step) ?? 0) + performance.now() - started)
  }
}

/** Progress on stderr: redrawn in place on a terminal, a line every 5% otherwise. */
function progressReporter(label: string, total: number) {
  const started = Date.now()
  const tty = Boolean(process.stderr.isTTY)
  let lastStep = -1
  return {
    update(done: number) {
      const seconds = Math.max(0.001, (Date.now() - started) / 1000)
      const line = `${label} ${progressBar(done, total, done / seconds)}`
      if (tty) {
        process.stderr.write(`\r${line}`)
        if (done >= total) process.stderr.write("\n")
        return
      }
      const step = Math.floor((done / Math.max(1, total)) * 20)
      if (step !== lastStep || done >= total) {
        lastStep = step
        process.stderr.write(`${line}\n`)
      }
    },
    seconds: () => (Date.now() - started) / 1000,
  }
}

function sku(seed: number, index: number, variant: number): string {
  return `SYN-${seed === DEFAULT_SEED ? "" : `${seed.toString(36).toUpperCase()}-`}${index + 1}-${variant + 1}`
}

export default async function seedSynthetic({ container, args }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER) as Logger
  const options = parseSyntheticArgs(scriptArgs(args ?? [], process.argv), process.env)
  logger.info(
    `Synthetic catalog: ${options.products} products, seed ${options.seed}, batches of ${options.batch}, ${options.concurrency} at a time`,
  )

  const foundation = await seedFoundation(container)
  await ensureStoreLocales(container)
  const refs: ProductRefs = {
    salesChannelId: foundation.salesChannelId,
    shippingProfileId: foundation.shippingProfileId,
    categoryIdByGroup: await ensureGroupCategories(container),
    tagIdByValue: await ensureTags(container, PRODUCT_TYPES.flatMap((t) => t.tags)),
  }

  // Producers first: about one per 25 products.
  const producerOf = producerCache(options.seed)
  const pool = Array.from({ length: producerPoolSize(options.products) }, (_, i) => producerOf(i))
  const producerProgress = progressReporter("producers", pool.length)
  const producerIds = new Map<string, string>()
  for (let i = 0; i < pool.length; i += 100) {
    const { ids } = await ensureProducers(container, pool.slice(i, i + 100), { synthetic: true, synthetic_seed: options.seed })
    for (const [handle, id] of ids) producerIds.set(handle, id)
    producerProgress.update(Math.min(pool.length, i + 100))
  }

  // The Search Module re-reads each created product as its events arrive, in this process, and
  // competes with the load for the database. Pause that ingestion and rebuild once at the end.
  const resumeIngestion = pauseSearchIngestion(container)

  const images = new Map<string, Promise<string>>()
  const progress = progressReporter("products ", options.products)
  let created = 0
  let done = 0
  let next = 0
  // A few batches in flight: while one waits for the database, another runs its JavaScript.
  const worker = async () => {
    while (next < options.products) {
      const start = next
      next = Math.min(options.products, start + options.batch)
      const batch = syntheticBatch(start, next, options.seed, producerOf)
      const existing = await timed("existing", () => existingProductHandles(container, batch.map((p) => p.handle)))
      const fresh = batch.filter((p) => !existing.has(p.handle))
      if (fresh.length) {
        await loadBatch(container, fresh, refs, foundation.stockLocationId, images, producerIds, options.seed, producerOf)
        created += fresh.length
      }
      done += batch.length
      progress.update(done)
    }
  }
  await Promise.all(Array.from({ length: options.concurrency }, worker))
  const seconds = progress.seconds()
  logger.info(
    `Synthetic catalog: ${created} products created, ${options.products - created} already there, ` +
      `${pool.length} producers, in ${seconds.toFixed(1)} s (${Math.round(created / Math.max(seconds, 0.001))} products/s)`,
  )

  resumeIngestion()
  logger.info(
    `Synthetic catalog, time per step: ${[...timings].map(([step, ms]) => `${step} ${(ms / 1000).toFixed(1)} s`).join(", ")}`,
  )
  await rebuildSearchIndex(container, logger)
}

async function loadBatch(
  container: MedusaContainer,
  batch: SyntheticProduct[],
  refs: ProductRefs,
  locationId: string,
  images: Map<string, Promise<string>>,
  producerIds: Map<string, string>,
  seed: number,
  producerOf: ReturnType<typeof producerCache>,
) {
  // One picture per product type and star rating, shared by the products that have them.
  const imageKey = (p: SyntheticProduct) => `${p.type_key}-${p.certificate.stars}`
  const missing = [...new Map(batch.filter((p) => !images.has(imageKey(p))).map((p) => [imageKey(p), p])).values()]
  if (missing.length) {
    const types = new Map(PRODUCT_TYPES.map((t) => [t.key, t]))
    const upload = timed("images", () =>
      uploadProductImages(
        container,
        missing.map((p) => ({ handle: `syn-${imageKey(p)}`, title: types.get(p.type_key)!.vi, group: p.group, stars: p.certificate.stars })),
      ),
    )
    // Claimed before awaiting, so a batch running alongside does not upload the same picture.
    missing.forEach((p, i) => images.set(imageKey(p), upload.then((urls) => urls[i]!)))
  }
  const imageUrls = new Map(await Promise.all([...new Set(batch.map(imageKey))].map(async (k) => [k, await images.get(k)!] as const)))

  const inputs = batch.map((p) =>
    toProductInput(p, refs, {
      imageUrl: imageUrls.get(imageKey(p)),
      sku: (v) => sku(seed, p.index, v),
      metadata: { seed: "synthetic", synthetic_seed: seed, synthetic_type: p.type_key },
    }),
  )
  const created = await timed("products", () => createProducts(container, inputs))
  const byHandle = new Map(batch.map((p) => [p.handle, p]))
  const stockBySku = new Map(batch.flatMap((p) => p.variants.map((v, i) => [sku(seed, p.index, i), v.stock] as const)))
  await timed("stock", () => stockVariants(container, created, locationId, stockBySku))
  await timed("translations", () =>
    createTranslations(container, created.flatMap((c) => productTranslations(byHandle.get(c.handle)!, c))),
  )

  // Certificates and producer links in bulk: checked with the same rules as
  // upsertProductCertificateWorkflow (prepareCertificate), written in one call each.
  const ocop = container.resolve(OCOP_MODULE) as OcopModuleService
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const rows = created.map((c) => {
    const product = byHandle.get(c.handle)!
    const producer = producerOf(product.producer_index)
    return { productId: c.id, producerId: producerIds.get(producer.handle)!, data: prepareCertificate(certificateInput(product, producer)) }
  })
  const certificates = (await timed("certificates", () =>
    ocop.createOcopCertificates(rows.map((r) => r.data)),
  )) as unknown as Array<{ id: string }>
  await timed("links", () => link.create([
    ...rows.map((r, i) => ({
      [Modules.PRODUCT]: { product_id: r.productId },
      [OCOP_MODULE]: { ocop_certificate_id: certificates[i]!.id },
    })),
    ...rows.map((r) => ({
      [PRODUCER_MODULE]: { producer_id: r.producerId },
      [Modules.PRODUCT]: { product_id: r.productId },
    })),
  ]))
}

/**
 * Makes the Search Module's event ingestion a no-op in this process until the returned function
 * is called (the search-ingestion subscriber resolves the module and calls `ingest` per event).
 * With the Redis event bus a separate worker still ingests; the rebuild at the end covers both.
 */
function pauseSearchIngestion(container: MedusaContainer): () => void {
  const search = container.resolve(Modules.SEARCH, { allowUnregistered: true }) as { ingest?: (event: unknown) => Promise<unknown> } | undefined
  if (!search || typeof search.ingest !== "function") return () => {}
  const ingest = search.ingest
  search.ingest = async () => undefined
  return () => {
    search.ingest = ingest
  }
}

/** Bulk loads outrun the index's event ingestion: rebuild it from the database. */
async function rebuildSearchIndex(container: MedusaContainer, logger: Logger) {
  try {
    const result = await reindexProducts(container, {
      onProgress: (p) =>
        process.stderr.write(`\rsearch    ${progressBar(p.scanned, p.total, p.scanned / Math.max(0.001, p.elapsedMs / 1000))}`),
    })
    process.stderr.write("\n")
    logger.info(`Search index rebuilt: ${result.indexed} findable of ${result.total} products in ${(result.elapsedMs / 1000).toFixed(1)} s`)
  } catch (e) {
    process.stderr.write("\n")
    logger.warn(`Search index not rebuilt (${(e as Error).message}); run \`npm run search:reindex\` once it is migrated`)
  }
}

// Test catalog for the search suites: the development catalog (src/scripts/seed/catalog-data, real
// Quảng Ninh OCOP products and sample ones), loaded by the seed's own `seedCatalog`; or, for
// suites that need only a few products, those products loaded directly through Medusa's and our
// workflows.

import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createProductsWorkflow, createProductTagsWorkflow, createTranslationsWorkflow } from "@medusajs/medusa/core-flows"
import { createRequire } from "node:module"
import { PRODUCERS, PRODUCTS, type CatalogProduct, type SeedProducer } from "../../src/scripts/seed/catalog-data"
import type { FoundationRefs } from "../../src/scripts/seed/foundation"

/**
 * Application code (workflows, and the seed that runs them) is loaded with Node's require, the way
 * Medusa loads src/: one copy of each workflow, registered once. Imported through vitest instead,
 * a second copy would register the same workflow ids again.
 */
const appRequire = createRequire(__filename)
export function app<T>(path: string): T {
  return appRequire(path) as T
}
type Workflows = typeof import("../../src/workflows")
const workflows = () => app<Workflows>("../../src/workflows")
const seedCatalog = (container: MedusaContainer, refs: FoundationRefs) =>
  app<typeof import("../../src/scripts/seed/catalog")>("../../src/scripts/seed/catalog").seedCatalog(container, refs)
const seedFoundation = (container: MedusaContainer) =>
  app<typeof import("../../src/scripts/seed/foundation")>("../../src/scripts/seed/foundation").seedFoundation(container)

export type LoadedCatalog = FoundationRefs & {
  productIdByHandle: Map<string, string>
  producerIdByHandle: Map<string, string>
  products: readonly CatalogProduct[]
  producers: readonly SeedProducer[]
}

/**
 * Loads the catalog (all of it, or the products whose handles are given) and waits until the
 * product index has been rebuilt from it, so that tests start from an index that matches the data.
 */
export async function loadCatalog(container: MedusaContainer, options: { handles?: string[] } = {}): Promise<LoadedCatalog> {
  const foundation = await seedFoundation(container)
  let products: readonly CatalogProduct[] = PRODUCTS
  if (options.handles) {
    // A few products, loaded directly (fast, and independent of the seed's extras).
    products = PRODUCTS.filter((p) => options.handles!.includes(p.handle))
    await loadProducts(container, foundation, products)
  } else {
    // The whole development catalog, exactly as `npm run seed` loads it.
    await seedCatalog(container, foundation)
  }
  const ids = await readIds(container)
  await rebuildIndex(container)
  return { ...foundation, ...ids, products, producers: PRODUCERS }
}

async function loadProducts(container: MedusaContainer, foundation: FoundationRefs, products: readonly CatalogProduct[]) {
  const producerHandles = new Set(products.map((p) => p.producer))
  const producers = PRODUCERS.filter((p) => producerHandles.has(p.handle))
  const producerIds = new Map<string, string>()
  for (const producer of producers) {
    const { result } = await workflows().createProducerWorkflow(container).run({
      input: {
        handle: producer.handle,
        legal_name: producer.legal_name,
        display_name: producer.display_name,
        kind: producer.kind,
        commune_code: producer.commune_code,
        historic_locality: producer.historic_locality,
        story_vi: producer.story_vi,
        story_en: producer.story_en,
        status: "active",
        sample_data: producer.sample_data,
      },
    })
    producerIds.set(producer.handle, (result as { id: string }).id)
  }

  const tagValues = [...new Set(products.flatMap((p) => p.tags))]
  const { result: tags } = await createProductTagsWorkflow(container).run({
    input: { product_tags: tagValues.map((value) => ({ value })) },
  })
  const tagId = new Map(tags.map((t: { id: string; value: string }) => [t.value, t.id]))

  const { result: created } = await createProductsWorkflow(container).run({
    input: {
      products: products.map((p) => ({
        title: p.title_vi,
        handle: p.handle,
        description: p.description_vi,
        status: "published" as const,
        shipping_profile_id: foundation.shippingProfileId,
        options: [{ title: p.option.vi, values: p.variants.map((v) => v.value.vi) }],
        variants: p.variants.map((v, i) => ({
          title: v.value.vi,
          sku: `TEST-${p.handle.toUpperCase()}-${i + 1}`,
          manage_inventory: false,
          options: { [p.option.vi]: v.value.vi },
          prices: [{ amount: v.price, currency_code: "vnd" }],
        })),
        tag_ids: p.tags.map((t) => tagId.get(t)!).filter(Boolean),
        sales_channels: [{ id: foundation.salesChannelId }],
        metadata: { title_en: p.title_en, description_en: p.description_en },
      })),
    },
  })
  const productIds = new Map(created.map((p: { id: string; handle: string }) => [p.handle, p.id]))

  // English through the Translation Module as well, for the first product (the rest rely on metadata).
  const first = products[0]
  if (first) {
    await createTranslationsWorkflow(container)
      .run({
        input: {
          translations: [
            {
              reference_id: productIds.get(first.handle)!,
              reference: "product",
              locale_code: "en-US",
              translations: { title: first.title_en, description: first.description_en },
            },
          ],
        },
      })
      .catch(() => undefined)
  }

  for (const p of products) {
    const producer = PRODUCERS.find((x) => x.handle === p.producer)!
    await workflows().setProductOcopWorkflow(container).run({
      input: {
        product_id: productIds.get(p.handle)!,
        producer_id: producerIds.get(p.producer)!,
        certificate: {
          stars: p.certificate.stars,
          score: p.certificate.score,
          group: p.group,
          sub_group: p.sub_group,
          decision_number: p.certificate.decision_number,
          decision_date: p.certificate.decision_date,
          issuing_level: p.certificate.issuing_level,
          issuing_authority: p.certificate.issuing_authority,
          commune_code: producer.commune_code,
          historic_locality: producer.historic_locality,
          sample_data: p.certificate.sample_data,
        },
      },
    })
  }
}

async function readIds(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({ entity: "product", fields: ["id", "handle"] })
  const { data: producers } = await query.graph({ entity: "producer", fields: ["id", "handle"] })
  return {
    productIdByHandle: new Map((products as Array<{ id: string; handle: string }>).map((p) => [p.handle, p.id])),
    producerIdByHandle: new Map((producers as Array<{ id: string; handle: string }>).map((p) => [p.handle, p.id])),
  }
}

/** Rebuilds the product index from the database (events of a bulk load may still be in flight). */
export async function rebuildIndex(container: MedusaContainer) {
  const search = container.resolve(Modules.SEARCH)
  await search.reindex({ index: "product" })
}

/** Polls until `check` passes or `timeoutMs` runs out; returns how long it took, in ms. */
export async function waitFor(check: () => Promise<boolean>, timeoutMs = 2000, everyMs = 50): Promise<number> {
  const started = Date.now()
  for (;;) {
    if (await check()) return Date.now() - started
    if (Date.now() - started > timeoutMs) throw new Error(`condition not met within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, everyMs))
  }
}

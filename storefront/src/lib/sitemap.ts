import "server-only";
import { cachedCatalogRead } from "./catalog-cache";
import { backendConfig, sdkFor, type BackendConfig } from "./medusa";
import { text } from "./wire";
import type { CatalogProduct, ProducerListAnswer } from "./wire-types";

/** What the sitemap lists: only what is on sale (Medusa's store routes keep to the sales channel). */
export interface SitemapEntries {
  products: Array<{ handle: string; updatedAt: string | null }>;
  certificateIds: string[];
  communeCodes: string[];
  producerHandles: string[];
}

const PAGE = 200;
/** A sitemap file holds at most 50,000 URLs; each entry here is two (vi, en). */
const MAX_PRODUCTS = 10_000;

/** Products on sale with their certificate and place, and the producers that have any. Throws on failure. */
export async function sitemapEntries(): Promise<SitemapEntries> {
  return readSitemapEntries(await backendConfig());
}

const readSitemapEntries = cachedCatalogRead("sitemap", ["products", "producers", "certificates"], async (config: BackendConfig) => {
  const sdk = sdkFor(config);
  const products: SitemapEntries["products"] = [];
  const certificates = new Set<string>();
  const communes = new Set<string>();
  for (let offset = 0; offset < MAX_PRODUCTS; offset += PAGE) {
    const page = await sdk.store.product.list({
      limit: PAGE,
      offset,
      order: "created_at",
      fields: "handle,updated_at,+ocop_certificate.id,+ocop_certificate.commune_code",
    });
    // Only the certificate's id and commune are asked for.
    for (const p of page.products as CatalogProduct[]) {
      products.push({ handle: p.handle, updatedAt: p.updated_at ?? null });
      const id = text(p.ocop_certificate?.id);
      const commune = text(p.ocop_certificate?.commune_code);
      if (id) certificates.add(id);
      if (commune) communes.add(commune);
    }
    if (page.products.length < PAGE) break;
  }
  const producers: string[] = [];
  for (let offset = 0; ; offset += 100) {
    const body = await sdk.client.fetch<ProducerListAnswer>("/store/producers", { query: { limit: 100, offset } });
    const list = Array.isArray(body?.producers) ? body.producers : [];
    for (const producer of list) {
      const handle = text(producer?.handle);
      if (handle && Number(producer?.product_count) > 0) producers.push(handle);
    }
    if (list.length < 100) break;
  }
  return { products, certificateIds: [...certificates], communeCodes: [...communes].sort(), producerHandles: producers };
});

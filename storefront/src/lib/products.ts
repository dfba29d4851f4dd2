import "server-only";
import type { AppLocale } from "@/i18n/routing";
import type { HttpTypes } from "@medusajs/types";
import { getLocale } from "next-intl/server";
import { cache } from "react";
import { load, type Loaded } from "./backend";
import { cachedCatalogRead } from "./catalog-cache";
import { backendConfig, backendKey, httpStatus, sdkFor, type BackendConfig } from "./medusa";
import { toProductDetail, toProductSummary, toUnavailableProduct, withImagesIn } from "./product-map";
import { getRegion } from "./regions";
import type { ProductDetail, ProductPage, ProductSummary, UnavailableProduct } from "./types";
import type { CatalogProduct, OcopProductAnswer } from "./wire-types";

type ListQuery = HttpTypes.StoreProductListParams;

const PRICE_FIELDS = "*variants.calculated_price,+metadata";
const STOCK_FIELDS = "+variants.inventory_quantity,+variants.manage_inventory,+variants.allow_backorder";
// The OCOP links (producer, certificate). Medusa answers 400 while the store
// API does not allow them yet; then the catalog is listed without them.
const OCOP_FIELDS = "*producer,*ocop_certificate";
const OCOP_RETRY_MS = 5 * 60_000;
const ocopFieldsRejectedUntil = new Map<string, number>();

// Medusa's Translation module answers product content in the language asked for.
const CONTENT_LOCALES: Record<string, string> = { vi: "vi-VN", en: "en-US" };

/** What a cached catalog read needs from the request, read before entering the cache scope. */
interface ReadContext {
  config: BackendConfig;
  regionId: string;
  /** Medusa's content locale, e.g. "vi-VN". */
  locale: string;
}

/**
 * `pageLocale` is the page's own locale where the caller knows it: next-intl's getLocale() is not
 * reliable in generateMetadata, and falling back to the request's headers there would keep the
 * product page out of the page cache.
 */
async function readContext(pageLocale?: string): Promise<ReadContext> {
  const [config, region, locale] = await Promise.all([backendConfig(), getRegion(), pageLocale ?? getLocale()]);
  return { config, regionId: region.id, locale: CONTENT_LOCALES[locale] ?? "vi-VN" };
}

async function listCatalog(context: ReadContext, baseQuery: Omit<ListQuery, "fields">, fields: string) {
  const page = await listCatalogAsStored(context, baseQuery, fields);
  // Generated product cards in the page's language (their titles and group names are drawn in).
  const language = context.locale === CONTENT_LOCALES.en ? "en" : "vi";
  return { ...page, products: page.products.map((p) => withImagesIn(p, language)) };
}

async function listCatalogAsStored(context: ReadContext, baseQuery: Omit<ListQuery, "fields">, fields: string) {
  const sdk = sdkFor(context.config);
  const query = { ...baseQuery, locale: context.locale } as Omit<ListQuery, "fields">;
  const key = backendKey(context.config);
  if ((ocopFieldsRejectedUntil.get(key) ?? 0) <= Date.now()) {
    try {
      const page = await sdk.store.product.list({ ...query, fields: `${fields},${OCOP_FIELDS}` });
      return { ...page, products: page.products as CatalogProduct[] };
    } catch (error) {
      if (httpStatus(error) !== 400) throw error;
      ocopFieldsRejectedUntil.set(key, Date.now() + OCOP_RETRY_MS);
    }
  }
  const page = await sdk.store.product.list({ ...query, fields });
  return { ...page, products: page.products as CatalogProduct[] };
}

export interface ListProductsOptions {
  limit: number;
  offset?: number;
  /** Keywords, matched by Medusa's own product search. */
  q?: string;
}

const readProductPage = cachedCatalogRead(
  "product-page",
  ["products", "producers", "certificates"],
  (context: ReadContext, { limit, offset = 0, q }: ListProductsOptions) =>
    listCatalog(context, { region_id: context.regionId, limit, offset, order: "-created_at", ...(q ? { q } : {}) }, PRICE_FIELDS),
);

/** Published products with their prices in the Vietnam region, newest first. Throws on failure. */
export async function fetchProductPage(options: ListProductsOptions): Promise<ProductPage> {
  const page = await readProductPage(await readContext(), options);
  const now = new Date();
  return {
    products: page.products.map((p) => toProductSummary(p, now)),
    count: page.count,
    limit: page.limit,
    offset: page.offset,
  };
}

/** As fetchProductPage, reporting failure as `{ ok: false }` for the page to explain. */
export function listProducts(options: ListProductsOptions): Promise<Loaded<ProductPage>> {
  return load("listing products", () => fetchProductPage(options));
}

/** Products by id with their prices, in the order given (one not listed, e.g. taken off sale, left out). Throws on failure. */
export async function fetchProductsByIds(ids: readonly string[]): Promise<ProductSummary[]> {
  if (ids.length === 0) return [];
  const context = await readContext();
  const page = await listCatalog(context, { id: [...ids], region_id: context.regionId, limit: ids.length }, PRICE_FIELDS);
  const now = new Date();
  const byId = new Map(page.products.map((p) => [p.id, toProductSummary(p, now)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

// The backend's answer is cached, not the mapped detail: mapping is cheap and keeps its Date objects.
const readProduct = cachedCatalogRead(
  "product",
  ["products", "stock", "producers", "certificates"],
  async (context: ReadContext, handle: string) => {
    const page = await listCatalog(context, { handle, region_id: context.regionId, limit: 1 }, `${PRICE_FIELDS},${STOCK_FIELDS}`);
    return page.products[0] ?? null;
  },
);

/** One product by its URL handle, or null when no published product has it. Cached per request. */
export const getProduct = cache(
  (handle: string, locale?: AppLocale): Promise<Loaded<ProductDetail | null>> =>
    load(`loading product "${handle}"`, async () => {
      const product = await readProduct(await readContext(locale), handle);
      return product ? toProductDetail(product) : null;
    }),
);

/**
 * On the English site: whether Medusa answered a product in Vietnamese because it has no English
 * title or description (issue #19), judged against the Vietnamese answer (both cached reads).
 */
export async function lacksEnglish(handle: string, locale?: AppLocale): Promise<boolean> {
  const context = await readContext(locale);
  if (context.locale !== CONTENT_LOCALES.en) return false;
  const [en, vi] = await Promise.all([readProduct(context, handle), readProduct({ ...context, locale: CONTENT_LOCALES.vi! }, handle)]);
  if (!en || !vi) return false;
  return en.title === vi.title || (!!vi.description && en.description === vi.description);
}

const readUnavailableProduct = cachedCatalogRead(
  "unavailable-product",
  ["products", "certificates"],
  async (context: ReadContext, handle: string): Promise<OcopProductAnswer | null> => {
    try {
      return await sdkFor(context.config).client.fetch<OcopProductAnswer>(`/store/ocop-products/${encodeURIComponent(handle)}`, {
        query: { locale: context.locale },
      });
    } catch (error) {
      if (httpStatus(error) === 404) return null;
      throw error;
    }
  },
);

/**
 * A product that is not on sale (Medusa's store routes no longer return it) but has an OCOP
 * certificate record, for its page to say why; null when no such product has the handle.
 */
export const getUnavailableProduct = cache(
  (handle: string, locale?: AppLocale): Promise<Loaded<UnavailableProduct | null>> =>
    load(`loading unavailable product "${handle}"`, async () => {
      const body = await readUnavailableProduct(await readContext(locale), handle);
      return body === null ? null : toUnavailableProduct(body);
    }),
);

import "server-only";
import type Medusa from "@medusajs/js-sdk";
import { getLocale } from "next-intl/server";
import { cache } from "react";
import { load, type Loaded } from "./backend";
import { backendConfig, backendKey, getSdk, httpStatus } from "./medusa";
import { toProductDetail, toProductSummary, toUnavailableProduct, type CatalogProduct } from "./product-map";
import { getRegion } from "./regions";
import type { ProductDetail, ProductPage, UnavailableProduct } from "./types";

type ListQuery = NonNullable<Parameters<Medusa["store"]["product"]["list"]>[0]>;

const PRICE_FIELDS = "*variants.calculated_price,+metadata";
const STOCK_FIELDS = "+variants.inventory_quantity,+variants.manage_inventory,+variants.allow_backorder";
// The OCOP links (producer, certificate). Medusa answers 400 while the store
// API does not allow them yet; then the catalog is listed without them.
const OCOP_FIELDS = "*producer,*ocop_certificate";
const OCOP_RETRY_MS = 5 * 60_000;
const ocopFieldsRejectedUntil = new Map<string, number>();

// Medusa's Translation module answers product content in the language asked for.
const CONTENT_LOCALES: Record<string, string> = { vi: "vi-VN", en: "en-US" };

async function listCatalog(baseQuery: Omit<ListQuery, "fields">, fields: string) {
  const sdk = await getSdk();
  const query = { ...baseQuery, locale: CONTENT_LOCALES[await getLocale()] ?? "vi-VN" } as Omit<ListQuery, "fields">;
  const key = backendKey(await backendConfig());
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

/** Published products with their prices in the Vietnam region, newest first. Throws on failure. */
export async function fetchProductPage({ limit, offset = 0, q }: ListProductsOptions): Promise<ProductPage> {
  const region = await getRegion();
  const page = await listCatalog(
    { region_id: region.id, limit, offset, order: "-created_at", ...(q ? { q } : {}) },
    PRICE_FIELDS,
  );
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

/** One product by its URL handle, or null when no published product has it. Cached per request. */
export const getProduct = cache(
  (handle: string): Promise<Loaded<ProductDetail | null>> =>
    load(`loading product "${handle}"`, async () => {
      const region = await getRegion();
      const page = await listCatalog({ handle, region_id: region.id, limit: 1 }, `${PRICE_FIELDS},${STOCK_FIELDS}`);
      const product = page.products[0];
      return product ? toProductDetail(product) : null;
    }),
);

/**
 * A product that is not on sale (Medusa's store routes no longer return it) but has an OCOP
 * certificate record, for its page to say why; null when no such product has the handle.
 */
export const getUnavailableProduct = cache(
  (handle: string): Promise<Loaded<UnavailableProduct | null>> =>
    load(`loading unavailable product "${handle}"`, async () => {
      const sdk = await getSdk();
      try {
        const body = await sdk.client.fetch<unknown>(`/store/ocop-products/${encodeURIComponent(handle)}`, {
          query: { locale: CONTENT_LOCALES[await getLocale()] ?? "vi-VN" },
        });
        return toUnavailableProduct(body);
      } catch (error) {
        if (httpStatus(error) === 404) return null;
        throw error;
      }
    }),
);

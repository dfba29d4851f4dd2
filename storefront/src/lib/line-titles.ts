import "server-only";
import type { HttpTypes } from "@medusajs/types";
import { getLocale } from "next-intl/server";
import { cachedCatalogRead } from "./catalog-cache";
import { backendConfig, sdkFor, type BackendConfig } from "./medusa";
import type { CartLineView } from "./types";
import { text } from "./wire";
import { localizeLineTitles, type LocalTitles } from "./line-titles-map";

// Medusa's content locale for the page's language (as lib/products.ts asks for the catalog).
const CONTENT_LOCALES: Record<string, string> = { vi: "vi-VN", en: "en-US" };

/**
 * The products' titles and their variants' titles in `locale`, through Medusa's Translation module
 * (the store API answers ?locale=). A product no longer on sale is missing: its lines keep the name
 * they were sold under.
 */
const readTitles = cachedCatalogRead("line-titles", ["products"], async (config: BackendConfig, locale: string, productIds: string[]) => {
  const body = await sdkFor(config).client.fetch<HttpTypes.StoreProductListResponse>("/store/products", {
    query: { id: productIds, locale, fields: "id,title,metadata,variants.id,variants.title", limit: productIds.length },
  });
  const titles: LocalTitles = { products: {}, variants: {}, metadata: {} };
  for (const p of Array.isArray(body?.products) ? body.products : []) {
    const id = text(p?.id);
    const title = text(p?.title);
    if (id && title) titles.products[id] = title;
    if (id && p.metadata) titles.metadata[id] = p.metadata;
    for (const v of Array.isArray(p?.variants) ? p.variants : []) {
      const vid = text(v?.id);
      const vtitle = text(v?.title);
      if (vid && vtitle) titles.variants[vid] = vtitle;
    }
  }
  return titles;
});

/**
 * One language per page (issue #23): a line's product and variant names in the page's language,
 * taken now from the product, not frozen in the language the line was added in (and a generated
 * product card in that language too). On failure the
 * lines keep their stored names (a cart must still show).
 */
export async function inPageLanguage<L extends CartLineView>(lines: L[]): Promise<L[]> {
  const productIds = [...new Set(lines.map((l) => l.productId).filter((id): id is string => !!id))].sort();
  if (productIds.length === 0) return lines;
  try {
    const [config, locale] = await Promise.all([backendConfig(), getLocale()]);
    const titles = await readTitles(config, CONTENT_LOCALES[locale] ?? "vi-VN", productIds);
    return localizeLineTitles(lines, titles, locale === "en" ? "en" : "vi");
  } catch (error) {
    console.error("[storefront] reading line titles failed:", error instanceof Error ? error.message : error);
    return lines;
  }
}

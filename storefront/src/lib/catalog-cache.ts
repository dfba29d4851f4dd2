import "server-only";
import { unstable_cache } from "next/cache";

/**
 * Catalog reads (products, producers, certificates, shelves, buyers' reviews, the sitemap) are kept
 * in Next's data cache under these tags, and so are the pages built from them (the home and product
 * pages are kept whole), and the backend expires them on every change through the signed
 * POST /api/revalidate (src/app/api/revalidate/route.ts, backend src/subscribers/storefront-revalidate.ts).
 * Personal reads (cart, account, portals, checkout) never come here: they carry a token or a cookie.
 * `stock` is apart from `products` because every order changes it: see src/app/api/revalidate/route.ts.
 */
export const CATALOG_TAGS = ["products", "stock", "producers", "certificates", "shelves", "reviews"] as const;
export type CatalogTag = (typeof CATALOG_TAGS)[number];

export function isCatalogTag(value: unknown): value is CatalogTag {
  return typeof value === "string" && (CATALOG_TAGS as readonly string[]).includes(value);
}

// A safety net only: a missed revalidation is repaired within five minutes.
const SAFETY_TTL_SECONDS = 300;

/**
 * Caching is on only where the backend can revalidate it (REVALIDATE_SECRET shared by both): a
 * storefront without it reads afresh every time rather than showing stale prices or stock.
 */
export function catalogCacheEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.REVALIDATE_SECRET);
}

// A cached nothing that lives a second: calling it lowers the lifetime of the page being rendered
// to one second (a page lives as long as the shortest-lived cached read it made).
const briefly = unstable_cache(async () => true, ["catalog:brief-page"], { revalidate: 1 });

/**
 * The page being rendered is kept one second in the page cache at most (nothing happens on pages
 * rendered per request). Used after a failed backend read, so an outage notice does not outlive the
 * outage, and on every read when nothing revalidates the cache (no REVALIDATE_SECRET), so what the
 * pages show is never more than a second old.
 */
export async function keepPageBriefly(): Promise<void> {
  await briefly();
}

/**
 * `read` through the shared cache, keyed by `name` and its (JSON) arguments. `read` must not touch
 * the request (cookies, headers, connection(), the locale): pass what it needs as arguments.
 * A read that throws is not cached.
 */
export function cachedCatalogRead<A extends unknown[], T>(
  name: string,
  tags: readonly CatalogTag[],
  read: (...args: A) => Promise<T>,
): (...args: A) => Promise<T> {
  const cached = unstable_cache(read, [`catalog:${name}`], { tags: [...tags], revalidate: SAFETY_TTL_SECONDS });
  return (...args: A) => (catalogCacheEnabled() ? cached(...args) : read(...args));
}

import "server-only";

/**
 * The storefront's public origin, for canonical URLs and JSON-LD: STOREFRONT_URL, which production
 * sets; otherwise this server on localhost. Never the request's Host header: catalog pages are kept
 * in the shared page cache, so what they print cannot depend on who asked (or what Host they sent).
 */
export async function siteUrl(): Promise<URL> {
  const configured = process.env.STOREFRONT_URL;
  if (configured) return new URL(configured);
  return new URL(`http://localhost:${process.env.PORT || 8000}`);
}

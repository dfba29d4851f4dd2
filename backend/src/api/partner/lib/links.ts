/** The storefront's public address (STOREFRONT_URL; the development storefront otherwise). */
export function storefrontBase(): string {
  return (process.env.STOREFRONT_URL || "http://localhost:8000").replace(/\/+$/, "")
}

function withRef(url: string, code: string | null): string {
  return code ? `${url}?ref=${encodeURIComponent(code)}` : url
}

/** Where a shelf is shown (Vietnamese by default), carrying the partner's code. */
export function shelfPageUrl(shelfId: string, code: string | null): string {
  return withRef(`${storefrontBase()}/vi/shelves/${encodeURIComponent(shelfId)}`, code)
}

/** The iframe page a partner's website embeds. */
export function shelfEmbedUrl(shelfId: string, code: string | null): string {
  return withRef(`${storefrontBase()}/embed/shelves/${encodeURIComponent(shelfId)}`, code)
}

/** A product's storefront page, with the partner's code when there is one. */
export function productPageUrl(handle: string, code: string | null = null): string {
  return withRef(`${storefrontBase()}/vi/products/${encodeURIComponent(handle)}`, code)
}

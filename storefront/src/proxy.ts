import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { routing } from "./i18n/routing";
import { attributeVisit } from "./lib/partner/attribution";

// Next 16's proxy (formerly middleware): adds the locale prefix, so "/" → "/vi".
const intl = createMiddleware(routing);

/** A path that cannot be decoded (`/vi/products/%FF`) or hides a NUL byte: Next would answer 500. */
function isMalformedPath(pathname: string): boolean {
  try {
    return decodeURIComponent(pathname).includes("\0");
  } catch {
    return true;
  }
}

const PRODUCT_PATH = /^\/([a-z]{2})\/products\/([^/]+)\/?$/;

/**
 * `/vi/products/{handle}?variant={id}` is served by `/vi/products/{handle}/variant/{id}`: the product
 * pages are kept in the page cache, which keys by path and never by query string. The address the
 * shopper sees does not change. Null for every other request.
 */
function productVariantPath(url: URL): string | null {
  const variant = url.searchParams.get("variant");
  const match = variant ? PRODUCT_PATH.exec(url.pathname) : null;
  if (!variant || !match) return null;
  return `/${match[1]}/products/${match[2]}/variant/${encodeURIComponent(variant)}`;
}

// `?ref=CODE` on any page attributes the visit to a tourism partner.
export default async function proxy(request: NextRequest) {
  if (isMalformedPath(request.nextUrl.pathname)) {
    return new NextResponse("Bad request: the address is malformed.", { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  // The partner /embed pages have no locale prefix: only the check above applies to them.
  if (request.nextUrl.pathname.startsWith("/embed/")) return NextResponse.next();
  const variantPath = productVariantPath(request.nextUrl);
  if (variantPath) {
    const target = request.nextUrl.clone();
    target.pathname = variantPath;
    target.searchParams.delete("variant");
    return attributeVisit(request, NextResponse.rewrite(target));
  }
  return attributeVisit(request, intl(request));
}

export const config = {
  // Not for Next internals, API routes or files with an extension.
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};

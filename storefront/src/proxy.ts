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

// `?ref=CODE` on any page attributes the visit to a tourism partner.
export default async function proxy(request: NextRequest) {
  if (isMalformedPath(request.nextUrl.pathname)) {
    return new NextResponse("Bad request: the address is malformed.", { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  // The partner /embed pages have no locale prefix: only the check above applies to them.
  if (request.nextUrl.pathname.startsWith("/embed/")) return NextResponse.next();
  return attributeVisit(request, intl(request));
}

export const config = {
  // Not for Next internals, API routes or files with an extension.
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};

import createMiddleware from "next-intl/middleware";
import type { NextRequest } from "next/server";
import { routing } from "./i18n/routing";
import { attributeVisit } from "./lib/partner/attribution";

// Next 16's proxy (formerly middleware): adds the locale prefix, so "/" → "/vi".
const intl = createMiddleware(routing);

// `?ref=CODE` on any page attributes the visit to a tourism partner.
export default async function proxy(request: NextRequest) {
  return attributeVisit(request, intl(request));
}

export const config = {
  // Not for Next internals, API routes, files with an extension, or the
  // partner /embed pages (which have no locale prefix).
  matcher: "/((?!api|_next|_vercel|embed|.*\\..*).*)",
};

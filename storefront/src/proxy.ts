import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";

// Next 16's proxy (formerly middleware): adds the locale prefix, so "/" → "/vi".
export default createMiddleware(routing);

export const config = {
  // Not for Next internals, API routes, files with an extension, or the
  // partner /embed pages (which have no locale prefix).
  matcher: "/((?!api|_next|_vercel|embed|.*\\..*).*)",
};

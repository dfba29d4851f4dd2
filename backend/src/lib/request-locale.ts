// The one reader of the language a store request asks for. Medusa's store middleware resolves
// `req.locale` (for translations) from `?locale=`, else the x-medusa-locale header, else the store's
// default, and deletes `locale` from `req.query`: the URL still has what the shopper asked for.
import type { MedusaRequest } from "@medusajs/framework/http"
import type { StoreSearchLocale } from "../search/lib/store-search"

type LocaleRequest = Pick<MedusaRequest, "originalUrl" | "url" | "locale">

/** The request URL's `?locale=` values, in order (none when the URL cannot be read). */
export function urlLocales(req: LocaleRequest): string[] {
  try {
    return new URL(req.originalUrl ?? req.url ?? "/", "http://localhost").searchParams.getAll("locale")
  } catch {
    return []
  }
}

/** The locale asked for: the URL's first `?locale=`, else `req.locale` (the header's or the store default). */
export function askedLocale(req: LocaleRequest): string | undefined {
  return urlLocales(req)[0] ?? req.locale
}

/** vi or en from a locale such as "vi-VN", "en-US", "en" (Vietnamese unless English is asked for). */
export function storeLocale(value: unknown): StoreSearchLocale {
  return typeof value === "string" && /^en\b/i.test(value) ? "en" : "vi"
}

import type { Metadata } from "next";
import { getPathname } from "./navigation";
import { routing, type AppLocale } from "./routing";

/** Canonical URL of `href` in `locale`, with hreflang links to every language (relative to metadataBase). */
export function localeAlternates(href: string, locale: AppLocale): NonNullable<Metadata["alternates"]> {
  const languages: Record<string, string> = {};
  for (const other of routing.locales) languages[other] = getPathname({ href, locale: other });
  languages["x-default"] = getPathname({ href, locale: routing.defaultLocale });
  return { canonical: getPathname({ href, locale }), languages };
}

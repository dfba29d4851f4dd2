import type { MetadataRoute } from "next";
import { routing } from "@/i18n/routing";
import { siteUrl } from "@/lib/site-url";

export const dynamic = "force-dynamic";

/** Personal pages and the portals are not for search engines; the catalog is, through the sitemap. */
const PRIVATE = ["cart", "checkout", "account", "order", "producer", "partner"];

export default async function robots(): Promise<MetadataRoute.Robots> {
  const base = await siteUrl();
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      disallow: routing.locales.flatMap((locale) => PRIVATE.map((path) => `/${locale}/${path}/`).concat(PRIVATE.map((path) => `/${locale}/${path}$`))),
    },
    sitemap: new URL("/sitemap.xml", base).toString(),
  };
}

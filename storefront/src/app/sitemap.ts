import type { MetadataRoute } from "next";
import { getPathname } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";
import { siteUrl } from "@/lib/site-url";
import { sitemapEntries } from "@/lib/sitemap";

// Read on every request: a product that leaves sale leaves the sitemap at once.
export const dynamic = "force-dynamic";

/**
 * /sitemap.xml: the home, the certified products on sale, their producers, places and
 * certificates, each in Vietnamese and English with hreflang alternates.
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = await siteUrl();
  const entry = (href: string, lastModified?: string | null): MetadataRoute.Sitemap => {
    const languages = Object.fromEntries(
      routing.locales.map((locale) => [locale, new URL(getPathname({ href, locale }), base).toString()]),
    );
    return routing.locales.map((locale) => ({
      url: languages[locale]!,
      ...(lastModified ? { lastModified } : {}),
      alternates: { languages },
    }));
  };
  const data = await sitemapEntries();
  return [
    ...entry("/"),
    ...entry("/certificates"),
    ...data.products.flatMap((p) => entry(`/products/${p.handle}`, p.updatedAt)),
    ...data.producerHandles.flatMap((handle) => entry(`/producers/${handle}`)),
    ...data.communeCodes.flatMap((code) => entry(`/search?commune=${code}`)),
    ...data.certificateIds.flatMap((id) => entry(`/certificates/${id}`)),
  ];
}

import type { Metadata, Viewport } from "next";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { localeAlternates } from "@/i18n/alternates";
import { ClientMessages } from "@/i18n/client-messages";
import { pageLocale } from "@/i18n/locale";
import { siteUrl } from "@/lib/site-url";

// No page is rendered at build time (`next build` needs no backend): a catalog page is rendered the
// first time it is asked for and kept whole in Next's page cache, which the backend expires by tag on
// every change (src/lib/catalog-cache.ts). Personal pages opt out with their section's
// `dynamic = "force-dynamic"` (cart, checkout, account, order, portals).
export function generateStaticParams(): { locale: string }[] {
  return [];
}

interface LayoutProps {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}

export const viewport: Viewport = {
  themeColor: "#8a3b12",
};

export async function generateMetadata({ params }: Omit<LayoutProps, "children">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Metadata" });
  return {
    metadataBase: await siteUrl(),
    title: { default: t("homeTitle"), template: `%s | ${t("siteName")}` },
    description: t("description"),
    applicationName: t("siteName"),
    alternates: localeAlternates("/", locale),
    openGraph: { type: "website", siteName: t("siteName"), locale: locale === "vi" ? "vi_VN" : "en_US" },
  };
}

export default async function LocaleLayout({ children, params }: LayoutProps) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Layout" });
  return (
    <html lang={locale}>
      <body>
        {/* Only the header's and the error page's messages; route folders' layouts give their pages theirs. */}
        <ClientMessages scope="site">
          <a href="#main" className="skip-link">
            {t("skipToContent")}
          </a>
          <SiteHeader />
          <main id="main" className="site-main" tabIndex={-1}>
            {children}
          </main>
          <SiteFooter />
        </ClientMessages>
      </body>
    </html>
  );
}

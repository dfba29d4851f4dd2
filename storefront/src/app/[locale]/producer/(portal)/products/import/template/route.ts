import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing";
import { PortalError } from "@/lib/portal-client";
import { importTemplate } from "@/lib/producer-portal/data";

/** GET …/producer/products/import/template — the backend's import template, passed on as a download. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  try {
    const file = await importTemplate(hasLocale(routing.locales, locale) ? locale : routing.defaultLocale);
    return new Response(file.body, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": file.headers.get("content-disposition") ?? 'attachment; filename="mau-nhap-san-pham.csv"',
        "cache-control": "private, no-store",
      },
    });
  } catch (error) {
    const status = error instanceof PortalError ? error.status : 502;
    return new Response(status === 401 ? "Sign in to the producer portal first." : "The template could not be made.", {
      status: status >= 500 ? 502 : status,
    });
  }
}

import { NextResponse } from "next/server";
import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing";
import { PortalError } from "@/lib/portal-client";
import { importProducts } from "@/lib/producer-portal/data";

// The backend's own limit (@ocop/core SHEET_MAX_BYTES); refused here before it is sent on.
const MAX_BYTES = 2 * 1024 * 1024;

/**
 * POST …/producer/products/import/sheet[?dry_run=true] — body: the CSV file's bytes, as chosen.
 * Sent on to the backend's POST /producer/products/import with the member's token and the page's
 * locale; its answer (the preview, the import, or a 400 with the rows' problems) is passed on.
 */
export async function POST(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale: raw } = await params;
  const locale = hasLocale(routing.locales, raw) ? raw : routing.defaultLocale;
  const dryRun = new URL(request.url).searchParams.get("dry_run") === "true";
  const sheet = new Uint8Array(await request.arrayBuffer());
  if (sheet.length > MAX_BYTES) return NextResponse.json({ message: locale === "vi" ? "Tệp quá lớn; tối đa 2 MB." : "The file is too large; at most 2 MB." }, { status: 400 });
  try {
    return NextResponse.json(await importProducts(sheet, { dryRun, locale }));
  } catch (error) {
    if (error instanceof PortalError && error.status < 500) {
      return NextResponse.json({ message: error.message, errors: error.problems }, { status: error.status });
    }
    console.error("[storefront] importing a product sheet failed:", error instanceof Error ? error.message : error);
    return NextResponse.json({ message: locale === "vi" ? "Máy chủ không trả lời; hãy thử lại." : "The server did not answer; try again." }, { status: 502 });
  }
}

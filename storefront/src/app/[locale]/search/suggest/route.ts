import { hasLocale } from "next-intl";
import { NextResponse, type NextRequest } from "next/server";
import type { SuggestAnswer } from "@/components/search/search-suggest";
import { getPathname } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";
import { formatMoney } from "@/lib/money";
import { suggestProducts } from "@/lib/search";

const MIN_CHARS = 2;

/**
 * GET /{locale}/search/suggest?q= — products whose words start with what was typed, for the
 * header's search box (GET /store/search?mode=prefix through src/lib).
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return NextResponse.json({ message: "Unknown language" }, { status: 404 });
  const q = (request.nextUrl.searchParams.get("q") ?? "").trim().slice(0, 200);
  const allHref = getPathname({ href: { pathname: "/search", query: q ? { q } : {} }, locale });
  if (q.length < MIN_CHARS) return NextResponse.json({ q, count: 0, suggestions: [], allHref } satisfies SuggestAnswer);

  const result = await suggestProducts(q, locale);
  if (!result.ok) return NextResponse.json({ message: "Search is unavailable right now" }, { status: 503 });
  const stars = (n: number) => `${n}★`;
  const body: SuggestAnswer = {
    q,
    count: result.data.count,
    allHref,
    suggestions: result.data.products.map((p) => ({
      handle: p.handle,
      title: p.title,
      href: getPathname({ href: `/products/${p.handle}`, locale }),
      detail: [p.ocop ? stars(p.ocop.stars) : null, p.price ? formatMoney(p.price, locale) : null, p.producerName]
        .filter(Boolean)
        .join(" · "),
    })),
  };
  // The same letters give the same products for a while: let the browser reuse the answer.
  return NextResponse.json(body, { headers: { "Cache-Control": "private, max-age=30" } });
}

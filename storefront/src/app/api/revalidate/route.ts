import { REVALIDATE_SIGNATURE_HEADER, verifyRevalidation } from "@ocop/core/dist/server";
import { revalidateTag } from "next/cache";
import { CATALOG_TAGS, isCatalogTag, type CatalogTag } from "@/lib/catalog-cache";

// POST /api/revalidate {"tags": ["products", ...]} from the backend (its subscriber
// src/subscribers/storefront-revalidate.ts), signed with REVALIDATE_SECRET (@ocop/core revalidate.ts):
// expires those catalog cache tags, so the next view reads afresh (stock: the view after next).
// Unsigned or wrongly signed → 401; tags it does not know → 400.

const MAX_BODY_BYTES = 4_096;

// Expired at once: the next view waits for fresh data. Serving the old page while the new one
// renders would show a product that just went on sale as missing, or an old price or certificate,
// to whoever looks in the next seconds.
const EXPIRE_NOW = { expire: 0 };
// Stock changes with every order: expired at once, a busy product page would be rendered afresh
// for nearly every view while orders come in (issue #16's load benchmark). Its last page is served
// instead while the new one renders in the background (Next waits for fresh reads when it renders
// a page for the cache), so the view after next shows the new stock. Adding to the cart checks
// stock on the backend either way.
const PROFILE_OF_TAG: Partial<Record<CatalogTag, string | { expire: number }>> = { stock: "max" };

export async function POST(request: Request) {
  const body = await request.text();
  if (body.length > MAX_BODY_BYTES) return Response.json({ message: "body too large" }, { status: 413 });
  const secret = process.env.REVALIDATE_SECRET ?? "";
  if (!verifyRevalidation(secret, body, request.headers.get(REVALIDATE_SIGNATURE_HEADER))) {
    return Response.json({ message: `missing or invalid ${REVALIDATE_SIGNATURE_HEADER} signature` }, { status: 401 });
  }
  let tags: unknown;
  try {
    tags = (JSON.parse(body) as { tags?: unknown } | null)?.tags;
  } catch {
    return Response.json({ message: "the body must be JSON: {\"tags\": [...]}" }, { status: 400 });
  }
  if (!Array.isArray(tags) || tags.length === 0 || !tags.every(isCatalogTag)) {
    return Response.json({ message: `tags must be a non-empty list of: ${CATALOG_TAGS.join(", ")}` }, { status: 400 });
  }
  for (const tag of new Set(tags)) revalidateTag(tag, PROFILE_OF_TAG[tag] ?? EXPIRE_NOW);
  return Response.json({ revalidated: [...new Set(tags)] });
}

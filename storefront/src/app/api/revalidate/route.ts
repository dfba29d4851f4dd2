import { REVALIDATE_SIGNATURE_HEADER, verifyRevalidation } from "@ocop/core/dist/server";
import { revalidateTag } from "next/cache";
import { isCatalogTag } from "@/lib/catalog-cache";

// POST /api/revalidate {"tags": ["products", ...]} from the backend (its subscriber
// src/subscribers/storefront-revalidate.ts), signed with REVALIDATE_SECRET (@ocop/core revalidate.ts):
// expires those catalog cache tags at once, so the next page view reads afresh. Unsigned or wrongly
// signed → 401; tags it does not know → 400.

const MAX_BODY_BYTES = 4_096;

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
    return Response.json({ message: "tags must be a non-empty list of: products, producers, certificates, shelves" }, { status: 400 });
  }
  // `{ expire: 0 }`: nobody is served the stale entry; the next read waits for fresh data.
  for (const tag of new Set(tags)) revalidateTag(tag, { expire: 0 });
  return Response.json({ revalidated: [...new Set(tags)] });
}

import { orderPhotos } from "@/lib/producer-portal/data";
import { photoAnswer } from "@/lib/producer-portal/photo-answer";

/** POST { ids } → { photos } in that order (the backend checks they are the product's photos). */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const body = (await request.json().catch(() => null)) as { ids?: unknown } | null;
  const ids = Array.isArray(body?.ids) ? body.ids.filter((x): x is string => typeof x === "string") : [];
  return photoAnswer(() => orderPhotos(id, ids));
}

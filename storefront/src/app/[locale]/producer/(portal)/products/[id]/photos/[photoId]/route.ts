import { deletePhoto, setPhotoAlt } from "@/lib/producer-portal/data";
import { photoAnswer } from "@/lib/producer-portal/photo-answer";

const textOrNull = (value: unknown) => (typeof value === "string" && value.trim() ? value : null);

/** POST { alt_vi, alt_en } → { photos }: the photo's alt texts (blank clears). */
export async function POST(request: Request, { params }: { params: Promise<{ id: string; photoId: string }> }) {
  const { id, photoId } = await params;
  const body = (await request.json().catch(() => null)) as Record<string, unknown> | null;
  return photoAnswer(() => setPhotoAlt(id, photoId, { alt_vi: textOrNull(body?.alt_vi), alt_en: textOrNull(body?.alt_en) }));
}

/** DELETE → { photos } without it. */
export async function DELETE(_request: Request, { params }: { params: Promise<{ id: string; photoId: string }> }) {
  const { id, photoId } = await params;
  return photoAnswer(() => deletePhoto(id, photoId));
}

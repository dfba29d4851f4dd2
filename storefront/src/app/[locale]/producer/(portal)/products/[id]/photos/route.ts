import { NextResponse } from "next/server";
import { uploadPhotos } from "@/lib/producer-portal/data";
import { photoAnswer } from "@/lib/producer-portal/photo-answer";

/** POST (multipart "files") → { photos }: on to the backend's POST /producer/products/:id/photos with the member's token. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const form = await request.formData().catch(() => null);
  const files = (form?.getAll("files") ?? []).filter((f): f is File => typeof f !== "string");
  if (!files.length) return NextResponse.json({ message: "No file" }, { status: 400 });
  return photoAnswer(() => uploadPhotos(id, files));
}

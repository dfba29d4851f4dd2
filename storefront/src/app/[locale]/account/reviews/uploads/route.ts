import { NextResponse } from "next/server";
import { uploadReviewPhotos } from "@/lib/reviews";

/**
 * POST (multipart "files") → { urls } — the order page's review form sends the buyer's photos here,
 * and they go on to the backend's POST /store/reviews/uploads with the customer's token from the
 * cookie. The backend checks the bytes, type and 5 MB limit; its 4xx message is passed on.
 */
export async function POST(request: Request) {
  const form = await request.formData().catch(() => null);
  const files = (form?.getAll("files") ?? []).filter((f): f is File => typeof f !== "string");
  if (!files.length) return NextResponse.json({ message: "No file" }, { status: 400 });
  try {
    const answer = await uploadReviewPhotos(files);
    if (answer.ok) return NextResponse.json({ urls: answer.urls });
    if (answer.status < 500) return NextResponse.json({ message: answer.message }, { status: answer.status });
    console.error("[storefront] uploading review photos failed:", answer.status, answer.message);
  } catch (error) {
    console.error("[storefront] uploading review photos failed:", error instanceof Error ? error.message : error);
  }
  return NextResponse.json({ message: "Upload failed" }, { status: 502 });
}

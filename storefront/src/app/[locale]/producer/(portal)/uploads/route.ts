import { NextResponse } from "next/server";
import { PortalError } from "@/lib/portal-client";
import { uploadImages } from "@/lib/producer-portal/data";

/**
 * POST (multipart "files") → { urls } — the product form's image picker sends the chosen image
 * here, and it goes on to the backend's POST /producer/uploads with the member's token from
 * the cookie. The backend checks the bytes and the 5 MB limit; its 400 message is passed on.
 */
export async function POST(request: Request) {
  const form = await request.formData().catch(() => null);
  const files = (form?.getAll("files") ?? []).filter((f): f is File => typeof f !== "string");
  if (!files.length) return NextResponse.json({ message: "No file" }, { status: 400 });
  try {
    return NextResponse.json({ urls: await uploadImages(files) });
  } catch (error) {
    if (error instanceof PortalError && error.status < 500) {
      return NextResponse.json({ message: error.message }, { status: error.status });
    }
    console.error("[storefront] uploading an image failed:", error instanceof Error ? error.message : error);
    return NextResponse.json({ message: "Upload failed" }, { status: 502 });
  }
}

import type { NextRequest } from "next/server";
import { fetchShelfQr } from "@/lib/partner/api";

// The shelf's (or one product's) QR code for the logged-in partner to download:
// the backend's image, fetched with the token from the partner's httpOnly cookie.
export async function GET(request: NextRequest, { params }: { params: Promise<{ locale: string; id: string }> }) {
  const { id } = await params;
  const format = request.nextUrl.searchParams.get("format") === "svg" ? "svg" : "png";
  const productId = request.nextUrl.searchParams.get("product_id");
  const qr = await fetchShelfQr(id, format, productId);
  if (!qr.ok) {
    const text = { 401: "Please log in to the partner portal.", 404: "This QR code is not available.", 502: "The shop could not be reached; please try again." };
    return new Response(`${text[qr.status]}\n`, { status: qr.status, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const name = `ocop-shelf-${id}${productId ? `-${productId}` : ""}.${format}`.replace(/[^A-Za-z0-9_.-]/g, "");
  return new Response(qr.image, {
    headers: {
      "content-type": format === "png" ? "image/png" : "image/svg+xml",
      "content-disposition": `attachment; filename="${name}"`,
      "cache-control": "private, no-store",
    },
  });
}

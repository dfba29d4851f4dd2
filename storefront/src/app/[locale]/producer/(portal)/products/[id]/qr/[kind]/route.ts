import { PortalError } from "@/lib/portal-client";
import { productQr } from "@/lib/producer-portal/data";

/** GET …/products/:id/qr/png|svg — the product's printable QR code, fetched with the member's token. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; kind: string }> }) {
  const { id, kind } = await params;
  if (kind !== "png" && kind !== "svg") return new Response("Not found", { status: 404 });
  try {
    const file = await productQr(id, kind);
    return new Response(file.body, {
      headers: {
        "content-type": file.headers.get("content-type") ?? (kind === "png" ? "image/png" : "image/svg+xml"),
        "content-disposition": `inline; filename="qr-${id}.${kind}"`,
        "cache-control": "private, no-store",
      },
    });
  } catch (error) {
    const status = error instanceof PortalError ? error.status : 502;
    return new Response(status === 401 ? "Sign in to the producer portal first." : "Not found", { status: status >= 500 ? 502 : status });
  }
}

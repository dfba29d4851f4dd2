import "server-only";
import { headers } from "next/headers";

/**
 * The storefront's public origin, for canonical URLs and JSON-LD. Set
 * STOREFRONT_URL in production; otherwise it is taken from the request.
 */
export async function siteUrl(): Promise<URL> {
  const configured = process.env.STOREFRONT_URL;
  if (configured) return new URL(configured);
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:8000";
  const proto = h.get("x-forwarded-proto") ?? "http";
  return new URL(`${proto}://${host}`);
}

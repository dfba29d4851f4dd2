import "server-only";
import { FetchError, type FetchArgs } from "@medusajs/js-sdk";
import { backendConfig, getAuthSdk } from "./medusa";
import type { PortalProblem } from "./producer-portal/types";
import { shopperAddressHeaders } from "./session";

// The producer and partner portals' one HTTP client: the js-sdk's fetch with the member's bearer
// token. It also sends the shopper's address (getAuthSdk): logins and sign-ups are limited per address.

/**
 * A refusal of the backend: its status and message (a js-sdk FetchError, so httpStatus() reads it),
 * and the problems it named (only the CSV import's rows come back this way, see portalPostSheet).
 */
export class PortalError extends FetchError {
  declare status: number;

  constructor(
    status: number,
    message: string,
    readonly problems: PortalProblem[] = [],
  ) {
    super(message, undefined, status);
  }
}

export interface PortalCall {
  method?: "GET" | "POST" | "DELETE";
  token?: string | null;
  /** JSON, or a multipart form (FormData). */
  body?: unknown;
  /** Parameters left undefined or empty are not sent. */
  query?: Record<string, string | number | undefined>;
  /** Default 20 s; an import of hundreds of products takes longer. */
  timeoutMs?: number;
}

function sentQuery(query: PortalCall["query"]): Record<string, string | number> {
  return Object.fromEntries(Object.entries(query ?? {}).filter(([, value]) => value !== undefined && value !== "")) as Record<string, string | number>;
}

async function send<T>(path: string, { method = "GET", token, body, query, timeoutMs = 20_000 }: PortalCall, accept: string): Promise<T> {
  const headers: Record<string, string | null> = { accept };
  if (token) headers.authorization = `Bearer ${token}`;
  // A form goes as multipart: fetch writes the content type with its boundary.
  if (body instanceof FormData) headers["content-type"] = null;
  const init: FetchArgs = { method, headers, cache: "no-store", signal: AbortSignal.timeout(timeoutMs), query: sentQuery(query) };
  if (body !== undefined) init.body = body as FetchArgs["body"];
  const sdk = await getAuthSdk();
  try {
    return await sdk.client.fetch<T>(path, init);
  } catch (error) {
    if (error instanceof FetchError && error.status !== undefined) throw new PortalError(error.status, error.message);
    throw error;
  }
}

/** A JSON call to the backend; throws PortalError for 4xx/5xx. */
export function portalCall<T = unknown>(path: string, call: PortalCall = {}): Promise<T> {
  return send<T>(path, call, "application/json");
}

/** A file from the backend (QR code, CSV), passed on as it came; throws PortalError when refused. */
export function portalDownload(path: string, call: PortalCall = {}, accept = "*/*"): Promise<Response> {
  return send<Response>(path, call, accept);
}

/**
 * A file's own bytes posted as text/csv (the backend reads the sheet's bytes to find its encoding),
 * answered with JSON. Not through the js-sdk: its errors keep only the message, and the import's 400
 * also lists the rows' problems ({ errors: [{ row, column, message }] }), which the import page shows.
 */
export async function portalPostSheet<T>(path: string, sheet: Uint8Array, { token, query, timeoutMs = 20_000 }: Omit<PortalCall, "method" | "body">): Promise<T> {
  const { baseUrl, publishableKey } = await backendConfig();
  const url = new URL(path, baseUrl);
  for (const [key, value] of Object.entries(sentQuery(query))) url.searchParams.set(key, String(value));
  const headers: Record<string, string> = { ...(await shopperAddressHeaders()), "content-type": "text/csv" };
  if (token) headers.authorization = `Bearer ${token}`;
  if (publishableKey) headers["x-publishable-api-key"] = publishableKey;
  const response = await fetch(url, { method: "POST", headers, body: sheet as Uint8Array<ArrayBuffer>, cache: "no-store", signal: AbortSignal.timeout(timeoutMs) });
  if (!response.ok) {
    const refusal = (await response.json().catch(() => null)) as { message?: string; errors?: PortalProblem[] } | null;
    throw new PortalError(response.status, refusal?.message || response.statusText, Array.isArray(refusal?.errors) ? refusal.errors : []);
  }
  return (await response.json()) as T;
}

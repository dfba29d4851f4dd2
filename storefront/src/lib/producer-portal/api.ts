import "server-only";
import { backendConfig } from "../medusa";
import { shopperAddressHeaders } from "../session";
import type { PortalProblem } from "./types";

/** A refusal of the backend: its status, its message and the problems it named by field. */
export class PortalError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly problems: PortalProblem[] = [],
  ) {
    super(message);
  }
}

type CallOptions = {
  method?: "GET" | "POST" | "DELETE";
  token?: string | null;
  body?: unknown;
  query?: Record<string, string | number | undefined>;
  /** Default 20 s; an import of hundreds of products takes longer. */
  timeoutMs?: number;
};

async function request(path: string, { method = "GET", token, body, query, timeoutMs = 20_000 }: CallOptions): Promise<Response> {
  const { baseUrl, publishableKey } = await backendConfig();
  const url = new URL(path, baseUrl);
  for (const [key, value] of Object.entries(query ?? {})) if (value !== undefined && value !== "") url.searchParams.set(key, String(value));
  // The shopper's address goes along: logins and sign-ups are limited per address.
  const headers: Record<string, string> = await shopperAddressHeaders();
  if (token) headers.authorization = `Bearer ${token}`;
  if (publishableKey) headers["x-publishable-api-key"] = publishableKey;
  let payload: BodyInit | undefined;
  if (body instanceof FormData) payload = body;
  else if (body instanceof Uint8Array) {
    // A file sent as it is (the CSV import reads the sheet's own bytes to find its encoding).
    headers["content-type"] = "text/csv";
    payload = body as Uint8Array<ArrayBuffer>;
  } else if (body !== undefined) {
    headers["content-type"] = "application/json";
    payload = JSON.stringify(body);
  }
  return fetch(url, { method, headers, body: payload, cache: "no-store", signal: AbortSignal.timeout(timeoutMs) });
}

async function refusal(response: Response): Promise<PortalError> {
  const body = (await response.json().catch(() => null)) as { message?: string; errors?: PortalProblem[] } | null;
  return new PortalError(response.status, body?.message || response.statusText, Array.isArray(body?.errors) ? body!.errors : []);
}

/** A JSON call to the backend; throws PortalError for 4xx/5xx. */
export async function call<T>(path: string, options: CallOptions = {}): Promise<T> {
  const response = await request(path, options);
  if (!response.ok) throw await refusal(response);
  return (await response.json()) as T;
}

/** A file from the backend (QR code, CSV), passed on as it came; throws PortalError when refused. */
export async function download(path: string, options: CallOptions = {}): Promise<Response> {
  const response = await request(path, options);
  if (!response.ok) throw await refusal(response);
  return response;
}

export function statusOf(error: unknown): number | undefined {
  return error instanceof PortalError ? error.status : undefined;
}

// ?ref=CODE on any storefront page: the proxy records the visit with the backend
// and keeps the code and the visit's token in first-party cookies (30 days, last
// click wins); a cart created while they are set carries the partner, which only
// the visit's token can ask for. Unknown or suspended codes are dropped without a
// word to the shopper. Runs in the proxy, so it reads the
// environment itself and uses plain fetch.

import type { NextRequest, NextResponse } from "next/server";
import { normalizeRefCode } from "./map";

export const REF_COOKIE = "ocop_ref";
// The backend's token of the recorded visit (POST /store/partner-visits).
export const VISIT_COOKIE = "ocop_ref_visit";
const REF_MAX_AGE = 30 * 24 * 3600;
// The cart cookie of lib/session.ts.
const CART_COOKIE = "ocop_cart";
// Attribution must never hold a page up for long.
const TIMEOUT_MS = 2_500;

async function post(path: string, body: unknown): Promise<unknown> {
  const baseUrl = process.env.MEDUSA_BACKEND_URL ?? "http://localhost:9000";
  const key = process.env.MEDUSA_PUBLISHABLE_KEY;
  try {
    const response = await fetch(`${baseUrl}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json", ...(key ? { "x-publishable-api-key": key } : {}) },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    return response.ok ? await response.json() : null;
  } catch (error) {
    console.error(`[storefront] POST ${path} failed:`, error instanceof Error ? error.message : error);
    return null;
  }
}

/** Tells the backend that this cart came through the partner's visit; false when it is not (or no longer) valid. */
export async function attachPartnerToCart(cartId: string, visitToken: string): Promise<boolean> {
  const answer = (await post(`/store/carts/${encodeURIComponent(cartId)}/partner`, { visit_token: visitToken })) as { partner?: unknown } | null;
  return !!answer?.partner;
}

function isPrefetch(request: NextRequest): boolean {
  const h = request.headers;
  return h.has("next-router-prefetch") || h.get("purpose") === "prefetch" || h.get("sec-purpose")?.includes("prefetch") === true;
}

/** A click inside the storefront on a link that still carries the code the shopper already has. */
function isRepeat(request: NextRequest, code: string): boolean {
  if (request.cookies.get(REF_COOKIE)?.value !== code) return false;
  const referer = request.headers.get("referer");
  try {
    return !!referer && new URL(referer).host === request.headers.get("host");
  } catch {
    return false;
  }
}

/** Records `?ref=` of a page request and sets the cookie on `response`; any other request passes untouched. */
export async function attributeVisit(request: NextRequest, response: NextResponse): Promise<NextResponse> {
  const code = normalizeRefCode(request.nextUrl.searchParams.get("ref"));
  // Redirects (e.g. "/" → "/vi") keep the query: the request they lead to counts.
  if (!code || request.method !== "GET" || response.headers.has("location") || isPrefetch(request) || isRepeat(request, code)) {
    return response;
  }
  const answer = (await post("/store/partner-visits", { code, path: request.nextUrl.pathname })) as
    | { recorded?: unknown; visit_token?: unknown }
    | null;
  if (answer?.recorded !== true || typeof answer.visit_token !== "string") return response;
  const cookie = {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    maxAge: REF_MAX_AGE,
    secure: process.env.STOREFRONT_URL ? process.env.STOREFRONT_URL.startsWith("https:") : request.nextUrl.protocol === "https:",
  } as const;
  response.cookies.set(REF_COOKIE, code, cookie);
  response.cookies.set(VISIT_COOKIE, answer.visit_token, cookie);
  // Last click wins, also for a cart started before this visit.
  const cartId = request.cookies.get(CART_COOKIE)?.value;
  if (cartId) await attachPartnerToCart(cartId, answer.visit_token);
  return response;
}

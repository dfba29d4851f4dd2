import "server-only";
import { cookies, headers } from "next/headers";
import { jwtExpiry } from "../jwt";

// The partner's Medusa token lives in its own httpOnly cookie, apart from a
// customer's login (a hotel's staff may also shop in the same browser).
export const PARTNER_AUTH_COOKIE = "ocop_partner_jwt";

// Medusa's tokens live one day (its default jwtExpiresIn).
const MAX_AGE = 24 * 3600;

export async function getPartnerToken(): Promise<string | null> {
  const token = (await cookies()).get(PARTNER_AUTH_COOKIE)?.value;
  if (!token) return null;
  const expires = jwtExpiry(token);
  return expires !== null && expires * 1000 <= Date.now() ? null : token;
}

/** Only in server actions (cookies cannot be written while a page renders). */
export async function setPartnerToken(token: string): Promise<void> {
  const expires = jwtExpiry(token);
  const maxAge = expires !== null ? Math.max(60, Math.min(MAX_AGE, expires - Math.floor(Date.now() / 1000))) : MAX_AGE;
  const secure = process.env.STOREFRONT_URL
    ? process.env.STOREFRONT_URL.startsWith("https:")
    : (await headers()).get("x-forwarded-proto") === "https";
  (await cookies()).set(PARTNER_AUTH_COOKIE, token, { httpOnly: true, sameSite: "lax", path: "/", maxAge, secure });
}

export async function clearPartnerToken(): Promise<void> {
  (await cookies()).delete(PARTNER_AUTH_COOKIE);
}

import "server-only";
import { cookies, headers } from "next/headers";
import { jwtExpiry } from "../jwt";

// The producer member's Medusa token lives in its own httpOnly cookie, apart from a shopper's
// login (ocop_jwt): one browser may be both. Scoped to the portal's pages.
export const PRODUCER_COOKIE = "ocop_producer_jwt";
// Medusa's tokens live one day (its default jwtExpiresIn).
const MAX_AGE = 24 * 3600;

async function secure(): Promise<boolean> {
  if (process.env.STOREFRONT_URL) return process.env.STOREFRONT_URL.startsWith("https:");
  return (await headers()).get("x-forwarded-proto") === "https";
}

/** The member's token while it is still valid, else null. */
export async function getProducerToken(): Promise<string | null> {
  const token = (await cookies()).get(PRODUCER_COOKIE)?.value;
  if (!token) return null;
  const expires = jwtExpiry(token);
  return expires !== null && expires * 1000 <= Date.now() ? null : token;
}

/** Only in server actions. */
export async function setProducerToken(token: string): Promise<void> {
  const expires = jwtExpiry(token);
  const maxAge = expires !== null ? Math.max(60, Math.min(MAX_AGE, expires - Math.floor(Date.now() / 1000))) : MAX_AGE;
  (await cookies()).set(PRODUCER_COOKIE, token, { httpOnly: true, sameSite: "lax", path: "/", maxAge, secure: await secure() });
}

export async function clearProducerToken(): Promise<void> {
  (await cookies()).delete(PRODUCER_COOKIE);
}

import "server-only";
import { cookies, headers } from "next/headers";
import { jwtExpiry } from "./jwt";

// The one way the storefront keeps a session in cookies: the shopper's (lib/session.ts), the
// producer member's (lib/producer-portal/session.ts) and the partner's (lib/partner/session.ts).
// Written only in server actions and route handlers (cookies cannot be written while a page renders).

// Medusa's tokens live one day (its default jwtExpiresIn).
const TOKEN_MAX_AGE = 24 * 3600;

/** Secure cookies when the storefront is served over https (directly or behind a proxy). */
async function secure(): Promise<boolean> {
  if (process.env.STOREFRONT_URL) return process.env.STOREFRONT_URL.startsWith("https:");
  return (await headers()).get("x-forwarded-proto") === "https";
}

export async function readCookie(name: string): Promise<string | null> {
  return (await cookies()).get(name)?.value || null;
}

/** httpOnly unless said otherwise, for the whole site, sent along on links from other sites (lax). */
export async function writeCookie(name: string, value: string, maxAge: number, httpOnly = true): Promise<void> {
  const jar = await cookies();
  jar.set(name, value, { httpOnly, sameSite: "lax", path: "/", maxAge, secure: await secure() });
}

export async function deleteCookies(...names: string[]): Promise<void> {
  const jar = await cookies();
  for (const name of names) jar.delete(name);
}

/** The Medusa token kept in this cookie while it is still valid, else null. */
export async function readToken(name: string): Promise<string | null> {
  const token = await readCookie(name);
  if (!token) return null;
  const expires = jwtExpiry(token);
  return expires !== null && expires * 1000 <= Date.now() ? null : token;
}

/** Keeps a Medusa token as long as it lives (at most a day, at least a minute); that lifetime in seconds. */
export async function writeToken(name: string, token: string): Promise<number> {
  const expires = jwtExpiry(token);
  const maxAge = expires !== null ? Math.max(60, Math.min(TOKEN_MAX_AGE, expires - Math.floor(Date.now() / 1000))) : TOKEN_MAX_AGE;
  await writeCookie(name, token, maxAge);
  return maxAge;
}

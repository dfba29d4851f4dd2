import "server-only";
import { deleteCookies, readToken, writeToken } from "../cookie-session";

// The partner's Medusa token lives in its own httpOnly cookie, apart from a
// customer's login (a hotel's staff may also shop in the same browser).
export const PARTNER_AUTH_COOKIE = "ocop_partner_jwt";

export async function getPartnerToken(): Promise<string | null> {
  return readToken(PARTNER_AUTH_COOKIE);
}

/** Only in server actions (cookies cannot be written while a page renders). */
export async function setPartnerToken(token: string): Promise<void> {
  await writeToken(PARTNER_AUTH_COOKIE, token);
}

export async function clearPartnerToken(): Promise<void> {
  await deleteCookies(PARTNER_AUTH_COOKIE);
}

import "server-only";
import { deleteCookies, readToken, writeToken } from "../cookie-session";

// The producer member's Medusa token lives in its own httpOnly cookie, apart from a shopper's
// login (ocop_jwt): one browser may be both. Scoped to the portal's pages.
export const PRODUCER_COOKIE = "ocop_producer_jwt";

/** The member's token while it is still valid, else null. */
export async function getProducerToken(): Promise<string | null> {
  return readToken(PRODUCER_COOKIE);
}

/** Only in server actions. */
export async function setProducerToken(token: string): Promise<void> {
  await writeToken(PRODUCER_COOKIE, token);
}

export async function clearProducerToken(): Promise<void> {
  await deleteCookies(PRODUCER_COOKIE);
}

// Reads the claims of a Medusa token without verifying it: the backend verifies
// every request; the storefront only wants to know when to stop sending it. Pure.

import { asNumber, asRecord, asText } from "./wire";

function claims(token: string): Record<string, unknown> | null {
  const payload = token.split(".")[1];
  if (!payload) return null;
  try {
    return asRecord(JSON.parse(Buffer.from(payload, "base64url").toString("utf8")));
  } catch {
    return null;
  }
}

/** The token's `exp` (seconds since the epoch), or null when it has none or is not a JWT. */
export function jwtExpiry(token: string): number | null {
  return asNumber(claims(token)?.exp);
}

/** The customer id a token was issued for, or null (e.g. a registration token, before the customer exists). */
export function jwtActorId(token: string): string | null {
  return asText(claims(token)?.actor_id);
}

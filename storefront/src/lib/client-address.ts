import { createHmac } from "node:crypto";
import { isIP } from "node:net";

// The shopper's address as the storefront's server sees it, vouched for to the backend (its login
// limits count per address: backend/src/api/lib/security/client-address.ts, which checks the same
// signature). Next keeps an X-Forwarded-For the request brings and adds the TCP peer only when
// there is none: the chain is read from the right only as far as TRUSTED_PROXIES (the proxies in
// front of the storefront; default none), so behind a proxy the shopper's own entries count for
// nothing.

export const CLIENT_ADDRESS_HEADER = "x-ocop-client-address";
export const CLIENT_SIGNATURE_HEADER = "x-ocop-client-signature";

function normalize(address: string): string {
  const trimmed = address.trim();
  return trimmed.startsWith("::ffff:") && isIP(trimmed.slice(7)) === 4 ? trimmed.slice(7) : trimmed;
}

/** The client in front of the trusted proxies, or null when the chain names no address. */
export function addressFromChain(forwardedFor: string | null, trustedProxies: string | undefined): string | null {
  const trusted = new Set((trustedProxies ?? "").split(",").map(normalize).filter((a) => isIP(a) !== 0));
  const chain = (forwardedFor ?? "").split(",").map(normalize).filter((a) => isIP(a) !== 0);
  let index = chain.length - 1;
  while (index > 0 && trusted.has(chain[index]!)) index--;
  return index >= 0 ? chain[index]! : null;
}

export function clientAddressSignature(secret: string, address: string): string {
  return createHmac("sha256", secret).update(`ocop-client-address:${address}`).digest("base64url");
}

/** The headers that tell the backend who the shopper is; none without the shared secret or an address. */
export function clientAddressHeaders(forwardedFor: string | null, env: Record<string, string | undefined>): Record<string, string> {
  const secret = env.OCOP_STOREFRONT_SECRET;
  const address = addressFromChain(forwardedFor, env.TRUSTED_PROXIES);
  if (!secret || !address) return {};
  return { [CLIENT_ADDRESS_HEADER]: address, [CLIENT_SIGNATURE_HEADER]: clientAddressSignature(secret, address) };
}

import crypto from "node:crypto"
import { isIP } from "node:net"
import type { MedusaRequest } from "@medusajs/framework/http"

// The client address the login limits count by (issue #21: Express' `trust proxy` took it from
// X-Forwarded-For, so a new header value per attempt dodged the limit, and every shopper logging in
// through the storefront shared the storefront's address). It is, in order:
//  1. the shopper's address as the storefront's server vouches for it: X-OCOP-Client-Address signed
//     (X-OCOP-Client-Signature, an HMAC under OCOP_STOREFRONT_SECRET, shared by the two servers only);
//  2. else the TCP peer, or the proxy chain's entry in front of it walked from the right only as far
//     as the proxies named in TRUSTED_PROXIES (comma-separated addresses; default none).

export const CLIENT_ADDRESS_HEADER = "x-ocop-client-address"
export const CLIENT_SIGNATURE_HEADER = "x-ocop-client-signature"

/** "::ffff:127.0.0.1" and "127.0.0.1" are one client. */
export function normalizeAddress(address: string | undefined | null): string {
  const trimmed = (address ?? "").trim()
  return trimmed.startsWith("::ffff:") && isIP(trimmed.slice(7)) === 4 ? trimmed.slice(7) : trimmed
}

export function trustedProxies(value: string | undefined): Set<string> {
  return new Set((value ?? "").split(",").map(normalizeAddress).filter((a) => isIP(a) !== 0))
}

/** The client in front of the trusted proxies: X-Forwarded-For read from the right, the peer last. */
export function addressFromChain(peer: string, forwardedFor: string | undefined, trusted: ReadonlySet<string>): string {
  const chain = [...(forwardedFor ?? "").split(",").map(normalizeAddress).filter((a) => isIP(a) !== 0), normalizeAddress(peer)]
  let index = chain.length - 1
  while (index > 0 && trusted.has(chain[index]!)) index--
  return chain[index]!
}

/** What the storefront signs an address with (storefront/src/lib/client-address.ts does the same). */
export function clientAddressSignature(secret: string, address: string): string {
  return crypto.createHmac("sha256", secret).update(`ocop-client-address:${address}`).digest("base64url")
}

function vouchedAddress(req: MedusaRequest, secret: string | undefined): string | null {
  const address = normalizeAddress(req.get(CLIENT_ADDRESS_HEADER))
  const signature = req.get(CLIENT_SIGNATURE_HEADER)
  if (!secret || !signature || isIP(address) === 0) return null
  const expected = Buffer.from(clientAddressSignature(secret, address))
  const given = Buffer.from(signature)
  return given.length === expected.length && crypto.timingSafeEqual(given, expected) ? address : null
}

export function clientAddress(req: MedusaRequest, env: NodeJS.ProcessEnv = process.env): string {
  const vouched = vouchedAddress(req, env.OCOP_STOREFRONT_SECRET)
  if (vouched) return vouched
  return addressFromChain(req.socket?.remoteAddress ?? "", req.get("x-forwarded-for"), trustedProxies(env.TRUSTED_PROXIES))
}

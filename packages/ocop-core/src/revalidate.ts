// The signature of the backend's calls to the storefront's POST /api/revalidate (issue #16): the
// backend says which catalog cache tags changed, the storefront believes it only when the request
// is signed with the secret both share (REVALIDATE_SECRET). Header:
//   x-ocop-signature: t=<unix milliseconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">
// A signature older (or newer) than five minutes is refused, so a captured request cannot be replayed later.
import { createHmac, timingSafeEqual } from "node:crypto"

export const REVALIDATE_SIGNATURE_HEADER = "x-ocop-signature"
export const REVALIDATE_MAX_SKEW_MS = 5 * 60_000

function hmac(secret: string, timestamp: number, body: string): string {
  return createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")
}

/** The header value that signs `body` at `now`. */
export function signRevalidation(secret: string, body: string, now: number = Date.now()): string {
  return `t=${now},v1=${hmac(secret, now, body)}`
}

/** Whether `header` signs exactly `body` with `secret`, within the allowed clock skew. */
export function verifyRevalidation(secret: string, body: string, header: string | null | undefined, now: number = Date.now()): boolean {
  if (!secret || !header) return false
  const match = /^t=(\d{1,16}),v1=([0-9a-f]{64})$/.exec(header.trim())
  if (!match) return false
  const timestamp = Number(match[1])
  if (Math.abs(now - timestamp) > REVALIDATE_MAX_SKEW_MS) return false
  const expected = Buffer.from(hmac(secret, timestamp, body), "hex")
  return timingSafeEqual(expected, Buffer.from(match[2]!, "hex"))
}

import crypto from "node:crypto"
import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

// Tokens the backend hands out and later checks without storing them: an HMAC of a purpose and an
// id under the deployment's JWT secret (never sent to anyone), e.g. an order's access token
// (private-store.ts) or the proof that a cart's partner came from a recorded visit.

/** The secret of this deployment that tokens are derived from. */
export function deploymentSecret(req: MedusaRequest): string {
  const { projectConfig } = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  return String(projectConfig.http.jwtSecret)
}

export function signedToken(secret: string, purpose: string, id: string): string {
  return crypto.createHmac("sha256", secret).update(`ocop-${purpose}:${id}`).digest("base64url")
}

/** Whether `token` is the signed token of `id` for `purpose` (in constant time). */
export function isSignedToken(secret: string, purpose: string, id: string, token: unknown): boolean {
  if (typeof token !== "string" || token.length === 0) return false
  const expected = Buffer.from(signedToken(secret, purpose, id))
  const given = Buffer.from(token)
  return given.length === expected.length && crypto.timingSafeEqual(given, expected)
}

/** "id.signature": the id travels with its signature (e.g. a partner visit's). */
export function signedId(secret: string, purpose: string, id: string): string {
  return `${id}.${signedToken(secret, purpose, id)}`
}

/** The id of a signedId token, or null when it is malformed or forged. */
export function readSignedId(secret: string, purpose: string, token: string): string | null {
  const dot = token.lastIndexOf(".")
  if (dot <= 0) return null
  const id = token.slice(0, dot)
  return isSignedToken(secret, purpose, id, token.slice(dot + 1)) ? id : null
}

import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * Medusa's product list accepts a negative `offset` or `limit` and hands it to PostgreSQL, which
 * refuses it (a 500). Refuse it here instead, with a 400 that says what is allowed.
 * Store only: our own list routes bound limit and offset in their zod queries.
 */
export function requireNonNegativePaging(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  for (const name of ["offset", "limit"] as const) {
    const raw = req.query[name]
    if (raw === undefined) continue
    const value = Number(Array.isArray(raw) ? raw[0] : raw)
    if (!Number.isInteger(value) || value < 0) {
      return next(new MedusaError(MedusaError.Types.INVALID_DATA, `${name}: must be a whole number, 0 or more`))
    }
  }
  next()
}

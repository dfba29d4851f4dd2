import { errorHandler, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { publicErrorBody } from "./error-body"

const medusaErrorHandler = errorHandler()

/**
 * Medusa's error handler (status mapping, logging) with the body it writes passed through
 * publicErrorBody: a 5xx or a message with SQL or a stack never reaches the client.
 */
export function safeErrorHandler(error: unknown, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const json = res.json.bind(res)
  res.json = (body: any) => json(publicErrorBody(res.statusCode, body ?? {}))
  return medusaErrorHandler(asClientError(error) as any, req, res, next)
}

/**
 * Express marks the errors that are the client's with a 4xx `status` (e.g. "Failed to decode
 * param" for a malformed %-escape in the path); Medusa's handler only knows its own error types
 * and would answer 500. Such an error becomes a 400 with Express's message.
 */
function asClientError(error: unknown): unknown {
  if (error instanceof MedusaError || !error || typeof error !== "object") return error
  // http-errors (body-parser's 413 and the like) carry `expose`: Medusa maps those itself.
  if ((error as { expose?: unknown }).expose !== undefined) return error
  const status = (error as { status?: unknown; statusCode?: unknown }).status ?? (error as { statusCode?: unknown }).statusCode
  if (typeof status !== "number" || status < 400 || status >= 500) return error
  const message = (error as { message?: unknown }).message
  return new MedusaError(MedusaError.Types.INVALID_DATA, typeof message === "string" && message ? message : "the request could not be read")
}

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
  // Express types res.json's body as any, and Medusa's handler takes its own error type.
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
  // PostgreSQL's "data exception" class (22xxx) is a value the request sent that its column cannot
  // take, e.g. /admin/orders?status[]=1 against the order status enum: the client's to fix.
  if (isDataException(error)) {
    return new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "A value in the request is not one its field accepts (e.g. an unknown status, a number out of range or a malformed date): check the filters and fields."
    )
  }
  // http-errors (body-parser's 413 and the like) carry `expose`: Medusa maps those itself.
  if ((error as { expose?: unknown }).expose !== undefined) return error
  const status = (error as { status?: unknown; statusCode?: unknown }).status ?? (error as { statusCode?: unknown }).statusCode
  if (typeof status !== "number" || status < 400 || status >= 500) return error
  const message = (error as { message?: unknown }).message
  return new MedusaError(MedusaError.Types.INVALID_DATA, typeof message === "string" && message ? message : "the request could not be read")
}

/** Whether the error (or what it wraps) is PostgreSQL's SQLSTATE class 22, "data exception". */
function isDataException(error: object, depth = 0): boolean {
  const { code, sqlState, cause, previous } = error as { code?: unknown; sqlState?: unknown; cause?: unknown; previous?: unknown }
  if ([code, sqlState].some((c) => typeof c === "string" && /^22[0-9A-Z]{3}$/.test(c))) return true
  if (depth >= 3) return false
  return [cause, previous].some((inner) => !!inner && typeof inner === "object" && isDataException(inner, depth + 1))
}

import { errorHandler, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import { publicErrorBody } from "./error-body"

const medusaErrorHandler = errorHandler()

/**
 * Medusa's error handler (status mapping, logging) with the body it writes passed through
 * publicErrorBody: a 5xx or a message with SQL or a stack never reaches the client.
 */
export function safeErrorHandler(error: unknown, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const json = res.json.bind(res)
  res.json = (body: any) => json(publicErrorBody(res.statusCode, body ?? {}))
  return medusaErrorHandler(error as any, req, res, next)
}

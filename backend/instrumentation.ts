import { ApiLoader, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

type Middleware = (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => unknown

/**
 * `medusa start` calls register() before the HTTP layer is built; Medusa's own hook for wrapping
 * every middleware (meant for tracing) is used here to close two holes of Express 4, which
 * ignores a rejected promise from an async middleware and leaves the request hanging forever:
 * - an error thrown or rejected by any middleware goes to the error handler (a proper answer);
 * - Medusa's locale middleware throws on `?locale[]=…` or `?locale[x]=…`: that is a 400 here.
 */
export function register() {
  ApiLoader.traceMiddleware = ((handler: Middleware) => {
    const forwardingErrors: Middleware = (req, res, next) => {
      if (handler.name === "applyLocale" && req.query.locale !== undefined && typeof req.query.locale !== "string") {
        return next(new MedusaError(MedusaError.Types.INVALID_DATA, "locale: give one locale as text, e.g. locale=vi-VN"))
      }
      let result: unknown
      try {
        result = handler(req, res, next)
      } catch (error) {
        return next(error)
      }
      if (result && typeof (result as Promise<unknown>).then === "function") {
        ;(result as Promise<unknown>).then(undefined, (error) => next(error))
      }
      return result
    }
    return forwardingErrors
  }) as unknown as typeof ApiLoader.traceMiddleware
}

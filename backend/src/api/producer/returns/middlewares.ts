import { authenticate, validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { resolveProducerScope } from "../lib/scope"
import { ProducerListReturns, ProducerRefuseReturn } from "./validators"

// Return requests of the signed-in member's producer (src/api/producer/returns).
export const producerReturnMiddlewares: MiddlewareRoute[] = [
  { matcher: "/producer/returns*", middlewares: [authenticate("producer", ["session", "bearer"]), resolveProducerScope] },
  { matcher: "/producer/returns", method: ["GET"], middlewares: [validateAndTransformQuery(ProducerListReturns, { defaults: ["id"], isList: true })] },
  { matcher: "/producer/returns/:id/refuse", method: ["POST"], middlewares: [validateAndTransformBody(ProducerRefuseReturn)] },
]

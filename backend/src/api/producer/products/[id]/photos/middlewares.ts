import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { PRODUCT_PHOTO_MAX } from "@ocop/core/dist/server"
import { imageReceiver } from "../../../uploads/receive-images"
import { ProducerOrderPhotos, ProducerPhotoAlt } from "./validators"

// A product's photos (issue #19). Spread into src/api/producer/middlewares.ts after the producer portal's
// rules, whose "/producer/products*" sign-in check runs first: a stranger's upload is never buffered.
export const producerPhotoMiddlewares: MiddlewareRoute[] = [
  { matcher: "/producer/products/:id/photos", method: ["POST"], middlewares: [imageReceiver(PRODUCT_PHOTO_MAX)] },
  { matcher: "/producer/products/:id/photos/order", method: ["POST"], middlewares: [validateAndTransformBody(ProducerOrderPhotos)] },
  { matcher: "/producer/products/:id/photos/:photo_id", method: ["POST"], middlewares: [validateAndTransformBody(ProducerPhotoAlt)] },
]

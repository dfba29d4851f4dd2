import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
type Handler = (req: MedusaRequest, res: MedusaResponse, done: (error?: unknown) => void) => void
type Multer = ((options: Record<string, unknown>) => { array: (field: string, max: number) => Handler }) & {
  memoryStorage: () => unknown
}
// Medusa's own /admin/uploads reads multipart bodies with multer (a dependency of @medusajs/medusa),
// which ships no types of its own.
const multer = require("multer") as Multer

export const MAX_IMAGE_BYTES = 5 * 1024 * 1024
export const MAX_IMAGES = 10

/** A file multer kept in memory. */
export type ReceivedFile = { fieldname: string; originalname: string; mimetype: string; size: number; buffer: Buffer }

/**
 * A middleware reading up to `maxFiles` images of at most 5 MB from the multipart field "files" into
 * memory. A body that breaks those limits, or is not multipart at all, is a 400 saying what to
 * change (multer's own errors would reach the client as a 500).
 */
export function imageReceiver(maxFiles: number) {
  const readFiles = multer({ storage: multer.memoryStorage(), limits: { fileSize: MAX_IMAGE_BYTES, files: maxFiles } }).array("files", maxFiles)
  const messages: Record<string, string> = {
    LIMIT_FILE_SIZE: `An image may be at most 5 MB (${MAX_IMAGE_BYTES} bytes); make it smaller and upload it again.`,
    LIMIT_FILE_COUNT: `At most ${maxFiles} images at once.`,
    LIMIT_UNEXPECTED_FILE: `Send the images as multipart form data in the field "files" (at most ${maxFiles}).`,
  }
  return function receive(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
    readFiles(req, res, (error?: unknown) => {
      if (!error) return next()
      const code = (error as { code?: string }).code
      const message = (code && messages[code]) || `The upload could not be read: ${(error as Error).message ?? String(error)}.`
      res.status(400).json({ type: MedusaError.Types.INVALID_DATA, message })
    })
  }
}

/** The portal's uploads: up to 10 images of at most 5 MB. */
export const receiveImages = imageReceiver(MAX_IMAGES)

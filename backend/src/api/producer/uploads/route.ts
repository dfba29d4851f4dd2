import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { saveImages } from "./save-images"
import type { ReceivedFile } from "./receive-images"

/**
 * POST /producer/uploads (multipart, field "files": 1–10 JPEG, PNG or WebP images of at most
 * 5 MB each) → 200 { files: [{ id, url }] } through Medusa's file module; a url goes into a
 * product's thumbnail. The format is told by the bytes, never by the name or declared type:
 * anything else is 400 naming the file, and then nothing is stored.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await saveImages(req.scope, res, (req as unknown as { files?: ReceivedFile[] }).files ?? [])
}

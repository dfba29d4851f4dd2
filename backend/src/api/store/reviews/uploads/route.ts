import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { saveImages } from "../../../producer/uploads/save-images"
import type { ReceivedFile } from "../../../producer/uploads/receive-images"

/**
 * POST /store/reviews/uploads (signed-in customer; multipart, field "files": 1–5 JPEG, PNG or WebP
 * photos of at most 5 MB each) → 200 { files: [{ id, url }] }: photos for a review, whose `images`
 * then take these URLs (they are named "review-…" and a review accepts no other). SVG, HTML, other
 * formats and larger files are a 400 saying why, and nothing is stored.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await saveImages(req.scope, res, (req as unknown as { files?: ReceivedFile[] }).files ?? [], "review-")
}

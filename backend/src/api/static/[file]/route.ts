import fs from "node:fs"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { UPLOAD_HEADERS, uploadedFile } from "../../lib/security/uploads"

/**
 * GET /static/:file → an uploaded or seeded file (Medusa's local file provider writes to
 * ./uploads, see src/api/lib/security/uploads.ts) with its type and `nosniff`; 404 otherwise.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const file = uploadedFile(String(req.params.file ?? ""))
  if (!file) throw new MedusaError(MedusaError.Types.NOT_FOUND, "No such file")
  res.set({ ...UPLOAD_HEADERS, "Content-Type": file.type })
  await new Promise<void>((resolve, reject) => {
    const stream = fs.createReadStream(file.path)
    stream.on("error", reject)
    stream.on("end", () => resolve())
    stream.pipe(res)
  })
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { sendProblems } from "../../lib/producer-portal/http"
import { clientFileName, imageKind, storedName } from "./image-kind"
import type { ReceivedFile } from "./receive-images"

/**
 * POST /producer/uploads (multipart, field "files": 1–10 JPEG, PNG or WebP images of at most
 * 5 MB each) → 200 { files: [{ id, url }] } through Medusa's file module; a url goes into a
 * product's thumbnail. The format is told by the bytes, never by the name or declared type:
 * anything else is 400 naming the file, and then nothing is stored.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const files = ((req as unknown as { files?: ReceivedFile[] }).files ?? []).filter((f) => f.fieldname === "files")
  if (!files.length) {
    return sendProblems(res, [{ field: "files", message: "choose at least one image (JPEG, PNG or WebP, at most 5 MB)" }])
  }
  const kinds = files.map((f) => imageKind(f.buffer))
  const problems = files.flatMap((f, i) =>
    kinds[i] ? [] : [{ field: `files.${i}`, message: `${clientFileName(f.originalname)} is not a JPEG, PNG or WebP image` }]
  )
  if (problems.length) return sendProblems(res, problems)
  const { result } = await uploadFilesWorkflow(req.scope).run({
    input: {
      files: files.map((f, i) => ({
        filename: storedName(clientFileName(f.originalname), kinds[i]!),
        mimeType: kinds[i]!.mime,
        content: f.buffer.toString("base64"),
        access: "public" as const,
      })),
    },
  })
  res.status(200).json({ files: result.map((f) => ({ id: f.id, url: f.url })) })
}

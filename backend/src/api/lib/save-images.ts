import type { MedusaContainer } from "@medusajs/framework/types"
import type { MedusaResponse } from "@medusajs/framework/http"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { clientFileName, imageKind, storedName } from "../producer/uploads/image-kind"
import type { ReceivedFile } from "../producer/uploads/receive-images"
import { sendProblems } from "./producer-portal/http"

/**
 * Stores the received images through Medusa's file module (public) and answers 200 { files: [{ id, url }] }.
 * The format is told by the bytes, never by the name or declared type: anything that is not a JPEG,
 * PNG or WebP (an SVG, an HTML page named .png) is a 400 naming the file, and then nothing is stored.
 * Stored names are the client's base name cleaned of any path, with the real format's extension,
 * so the file is always served with an image content type. `prefix` marks what the file is for.
 */
export async function saveImages(scope: MedusaContainer, res: MedusaResponse, received: ReceivedFile[], prefix = "") {
  const files = received.filter((f) => f.fieldname === "files")
  if (!files.length) {
    return sendProblems(res, [{ field: "files", message: "choose at least one image (JPEG, PNG or WebP, at most 5 MB)" }])
  }
  const kinds = files.map((f) => imageKind(f.buffer))
  const problems = files.flatMap((f, i) =>
    kinds[i] ? [] : [{ field: `files.${i}`, message: `${clientFileName(f.originalname)} is not a JPEG, PNG or WebP image` }]
  )
  if (problems.length) return sendProblems(res, problems)
  const { result } = await uploadFilesWorkflow(scope).run({
    input: {
      files: files.map((f, i) => ({
        filename: prefix + storedName(clientFileName(f.originalname), kinds[i]!),
        mimeType: kinds[i]!.mime,
        content: f.buffer.toString("base64"),
        access: "public" as const,
      })),
    },
  })
  res.status(200).json({ files: result.map((f) => ({ id: f.id, url: f.url })) })
}

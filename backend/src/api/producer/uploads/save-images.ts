import type { MedusaContainer } from "@medusajs/framework/types"
import type { MedusaResponse } from "@medusajs/framework/http"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { clientFileName, imageKind, storedName, type ImageKind } from "./image-kind"
import type { ReceivedFile } from "./receive-images"
import { sendProblems } from "../lib/http"

/**
 * The received images in the multipart field "files" with their real formats, or null once a 400
 * has been sent: none at all, or one that is not a JPEG, PNG or WebP by its bytes (named in the answer).
 */
export function checkedImages(res: MedusaResponse, received: ReceivedFile[]): Array<{ file: ReceivedFile; kind: ImageKind }> | null {
  const files = received.filter((f) => f.fieldname === "files")
  if (!files.length) {
    sendProblems(res, [{ field: "files", message: "choose at least one image (JPEG, PNG or WebP, at most 5 MB)" }])
    return null
  }
  const kinds = files.map((f) => imageKind(f.buffer))
  const problems = files.flatMap((f, i) =>
    kinds[i] ? [] : [{ field: `files.${i}`, message: `${clientFileName(f.originalname)} is not a JPEG, PNG or WebP image` }]
  )
  if (problems.length) {
    sendProblems(res, problems)
    return null
  }
  return files.map((file, i) => ({ file, kind: kinds[i]! }))
}

/**
 * Stores the received images through Medusa's file module (public) and answers 200 { files: [{ id, url }] }.
 * The format is told by the bytes, never by the name or declared type: anything that is not a JPEG,
 * PNG or WebP (an SVG, an HTML page named .png) is a 400 naming the file, and then nothing is stored.
 * Stored names are the client's base name cleaned of any path, with the real format's extension,
 * so the file is always served with an image content type. `prefix` marks what the file is for.
 */
export async function saveImages(scope: MedusaContainer, res: MedusaResponse, received: ReceivedFile[], prefix = "") {
  const images = checkedImages(res, received)
  if (!images) return
  const { result } = await uploadFilesWorkflow(scope).run({
    input: {
      files: images.map(({ file, kind }) => ({
        filename: prefix + storedName(clientFileName(file.originalname), kind),
        mimeType: kind.mime,
        content: file.buffer.toString("base64"),
        access: "public" as const,
      })),
    },
  })
  res.status(200).json({ files: result.map((f) => ({ id: f.id, url: f.url })) })
}

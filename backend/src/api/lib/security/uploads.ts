import fs from "node:fs"
import path from "node:path"

// Uploaded and seeded files (Medusa's local file provider) are kept in their own folder, not in
// ./static: Medusa's express.static for /static runs before any middleware of ours and cannot be
// given headers, so files it serves could be sniffed into HTML or script. Files in the uploads
// folder are missed by it and reach GET /static/:file (src/api/static/[file]/route.ts), which
// serves them with `X-Content-Type-Options: nosniff` (issue #21). Their URLs stay /static/….

/** The folder the local file provider writes to, beside the server's ./static (cwd-relative like it). */
export const UPLOADS_DIR = path.join(process.cwd(), "uploads")

const TYPES: Record<string, string> = {
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".png": "image/png",
  ".webp": "image/webp",
  ".gif": "image/gif",
  ".svg": "image/svg+xml",
  ".csv": "text/csv; charset=utf-8",
  ".pdf": "application/pdf",
}

/** The stored file a request names, or null: a plain file name of the folder, nothing else. */
export function uploadedFile(name: string): { path: string; type: string } | null {
  if (!name || name !== path.basename(name) || name.startsWith(".") || name.includes("\0")) return null
  const full = path.join(UPLOADS_DIR, name)
  let stat: fs.Stats
  try {
    stat = fs.statSync(full)
  } catch {
    return null
  }
  if (!stat.isFile()) return null
  return { path: full, type: TYPES[path.extname(name).toLowerCase()] ?? "application/octet-stream" }
}

/** Headers of every uploaded file: never sniffed, and an SVG opened on its own runs no script. */
export const UPLOAD_HEADERS: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  "Content-Security-Policy": "default-src 'none'; img-src data:; style-src 'unsafe-inline'; sandbox",
  "Cache-Control": "public, max-age=86400",
}

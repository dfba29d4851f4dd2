/** The image formats the portal takes, told by their first bytes (never by name or declared type). */
export type ImageKind = { mime: "image/jpeg" | "image/png" | "image/webp"; extension: "jpg" | "png" | "webp" }

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

function startsWith(bytes: Uint8Array, signature: number[], at = 0) {
  return bytes.length >= at + signature.length && signature.every((b, i) => bytes[at + i] === b)
}

/** JPEG (FF D8 FF), PNG (its 8-byte signature) or WebP (RIFF….WEBP); null for anything else. */
export function imageKind(bytes: Uint8Array): ImageKind | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { mime: "image/jpeg", extension: "jpg" }
  if (startsWith(bytes, PNG)) return { mime: "image/png", extension: "png" }
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) {
    return { mime: "image/webp", extension: "webp" }
  }
  return null
}

/**
 * The client's file name as it meant it: multipart parsers read a raw UTF-8 name as Latin-1
 * ("TrÃ ..."), so turn it back when that gives valid UTF-8.
 */
export function clientFileName(raw: string): string {
  const utf8 = Buffer.from(raw, "latin1").toString("utf8")
  return /[^\u0000-\u00ff]/.test(raw) || utf8.includes("\ufffd") ? raw : utf8
}

/** The name the file is stored under: the client's base name, cleaned, with the extension of its real format. */
export function storedName(original: string, kind: ImageKind): string {
  const base = original
    .replace(/\.[^./\\]*$/, "")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/gi, "d")
    .replace(/[^a-zA-Z0-9_-]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
  return `${base || "image"}.${kind.extension}`
}

import type { MedusaContainer } from "@medusajs/framework/types"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { PRODUCT_PHOTO_WIDTHS, type ProductPhoto, type ProductPhotoSize } from "@ocop/core/dist/server"
import sharp from "sharp"
import { clientFileName, storedName } from "../../../uploads/image-kind"

// A phone photo is ~12 Mpx; refuse anything far larger before decoding it (a small file can
// claim a huge canvas and take the server's memory).
const MAX_INPUT_PIXELS = 40_000_000

export class UnreadableImage extends Error {}

/**
 * One photo as WebP at each width of PRODUCT_PHOTO_WIDTHS (never enlarged past the original's width),
 * turned upright by its EXIF orientation and without its metadata (GPS and camera data stay private).
 */
export async function webpSizes(input: Buffer): Promise<Array<{ size: ProductPhotoSize; buffer: Buffer }>> {
  try {
    const source = sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error" }).rotate()
    await source.metadata()
    return await Promise.all(
      (Object.entries(PRODUCT_PHOTO_WIDTHS) as Array<[ProductPhotoSize, number]>).map(async ([size, width]) => ({
        size,
        buffer: await source.clone().resize({ width, withoutEnlargement: true }).webp({ quality: 80 }).toBuffer(),
      }))
    )
  } catch (error) {
    throw new UnreadableImage((error as Error).message)
  }
}

/**
 * Stores each photo's WebP files through Medusa's file module (public) and returns them as new
 * product images: the url is the largest file, metadata.sizes has every width (the storefront
 * picks the one it shows). Names are the client's base name cleaned, then the width.
 */
export async function storePhotoFiles(
  scope: MedusaContainer,
  photos: Array<{ originalname: string; sizes: Array<{ size: ProductPhotoSize; buffer: Buffer }> }>
): Promise<ProductPhoto[]> {
  const files = photos.flatMap((photo, index) => {
    const base = storedName(clientFileName(photo.originalname), { mime: "image/webp", extension: "webp" }).replace(/\.webp$/, "")
    return photo.sizes.map((s) => ({
      index,
      size: s.size,
      input: {
        filename: `product-${base}-${PRODUCT_PHOTO_WIDTHS[s.size]}.webp`,
        mimeType: "image/webp",
        content: s.buffer.toString("base64"),
        access: "public" as const,
      },
    }))
  })
  const { result } = await uploadFilesWorkflow(scope).run({ input: { files: files.map((f) => f.input) } })
  return photos.map((_, index) => {
    const sizes: Partial<Record<ProductPhotoSize, string>> = {}
    files.forEach((f, i) => {
      if (f.index === index) sizes[f.size] = result[i]!.url
    })
    return { url: sizes.large!, metadata: { sizes, alt_vi: null, alt_en: null } }
  })
}

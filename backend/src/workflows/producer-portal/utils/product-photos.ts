import type { ProductPhoto } from "@ocop/core/dist/server"
import { ownProductOrThrow, type Container } from "./producer-access"

/** The product's photos (Medusa images) in rank order, as the photo rules take them. */
export async function ownProductPhotos(container: Container, producerId: string, productId: string) {
  const product = await ownProductOrThrow(container, producerId, productId, [
    "thumbnail", "images.id", "images.url", "images.rank", "images.metadata",
  ])
  const images = ((product.images ?? []) as Array<{ id: string; url: string; rank: number; metadata: Record<string, unknown> | null } | null>)
    .filter((i): i is NonNullable<typeof i> => !!i)
    .sort((a, b) => a.rank - b.rank || a.id.localeCompare(b.id))
    .map(({ id, url, metadata }): ProductPhoto => ({ id, url, metadata }))
  return { product, photos: images }
}

// A product's photos (issue #19): at most 8, in the producer's order, each kept as WebP files at the
// widths the storefront shows and with alt text in Vietnamese and English. Pure rules; the backend's
// photo routes feed them the product's Medusa images (rank order) and store what they return.

export const PRODUCT_PHOTO_MAX = 8;

/**
 * The WebP widths kept for each photo, by where the storefront shows it (storefront/src/components/product):
 * `thumb` the gallery's 96 px thumbnails and the cart (2× screens), `card` the 260 px product cards (2×)
 * and the gallery's main image on narrow screens, `large` the gallery's 560 px main image (2×).
 */
export const PRODUCT_PHOTO_WIDTHS = { thumb: 200, card: 600, large: 1200 } as const;
export type ProductPhotoSize = keyof typeof PRODUCT_PHOTO_WIDTHS;

/** A Medusa product image as the photo rules see it; `metadata` carries `sizes`, `alt_vi` and `alt_en`. */
export type ProductPhoto = { id?: string; url: string; metadata?: Record<string, unknown> | null };

export type ProductPhotoChange =
  | { kind: "add"; photos: ProductPhoto[] }
  | { kind: "order"; ids: string[] }
  | { kind: "alt"; id: string; alt_vi?: string | null; alt_en?: string | null }
  | { kind: "delete"; id: string };

export type ProductPhotoRefusal = { status: "invalid" | "not_found"; field: string; message: string };

/** Room left for new photos on a product that has `count`. */
export function photoRoom(count: number): number {
  return Math.max(0, PRODUCT_PHOTO_MAX - count);
}

function tooMany(current: number, adding: number): ProductPhotoRefusal {
  return {
    status: "invalid",
    field: "files",
    message: `A product has at most ${PRODUCT_PHOTO_MAX} photos: it has ${current}, so at most ${photoRoom(current)} more (you sent ${adding}). Delete one first.`,
  };
}

/** Whether `adding` new photos fit beside `current` ones; the refusal to send when they do not. */
export function checkPhotoRoom(current: number, adding: number): ProductPhotoRefusal | null {
  return current + adding > PRODUCT_PHOTO_MAX ? tooMany(current, adding) : null;
}

function cleanAlt(value: string | null | undefined): string | null {
  const text = (value ?? "").replace(/\s+/g, " ").trim();
  return text ? text : null;
}

/**
 * The product's photos after `change`, in order (a Medusa image's rank is its index). `current` is in
 * rank order. Refuses a 9th photo, an order that is not exactly the current photos, and an unknown photo.
 */
export function nextPhotos(current: readonly ProductPhoto[], change: ProductPhotoChange): { photos: ProductPhoto[] } | { refusal: ProductPhotoRefusal } {
  const notFound = (id: string): { refusal: ProductPhotoRefusal } => ({
    refusal: { status: "not_found", field: "photo_id", message: `photo ${id} is not one of this product's photos` },
  });
  switch (change.kind) {
    case "add": {
      const refusal = checkPhotoRoom(current.length, change.photos.length);
      return refusal ? { refusal } : { photos: [...current, ...change.photos] };
    }
    case "order": {
      const ids = change.ids;
      const known = new Set(current.map((p) => p.id));
      const same = ids.length === current.length && new Set(ids).size === ids.length && ids.every((id) => known.has(id));
      if (!same) {
        return {
          refusal: {
            status: "invalid",
            field: "ids",
            message: `send every photo of the product exactly once, in the new order (${current.length} ids: ${current.map((p) => p.id).join(", ")})`,
          },
        };
      }
      const byId = new Map(current.map((p) => [p.id, p]));
      return { photos: ids.map((id) => byId.get(id)!) };
    }
    case "alt": {
      if (!current.some((p) => p.id === change.id)) return notFound(change.id);
      return {
        photos: current.map((p) => {
          if (p.id !== change.id) return p;
          const metadata = { ...(p.metadata ?? {}) };
          if (change.alt_vi !== undefined) metadata.alt_vi = cleanAlt(change.alt_vi);
          if (change.alt_en !== undefined) metadata.alt_en = cleanAlt(change.alt_en);
          return { ...p, metadata };
        }),
      };
    }
    case "delete": {
      if (!current.some((p) => p.id === change.id)) return notFound(change.id);
      return { photos: current.filter((p) => p.id !== change.id) };
    }
  }
}

/** The URL of a photo at `size`: its WebP file of that width, else the image's own URL (photos from before issue #19). */
export function photoUrl(photo: ProductPhoto, size: ProductPhotoSize): string {
  const sizes = photo.metadata?.sizes as Partial<Record<ProductPhotoSize, unknown>> | undefined;
  const url = sizes?.[size];
  return typeof url === "string" && url ? url : photo.url;
}

/** The product's thumbnail (what cards, the cart and search show): its first photo at card size; null without photos. */
export function photoThumbnail(photos: readonly ProductPhoto[]): string | null {
  return photos[0] ? photoUrl(photos[0], "card") : null;
}

import Image from "next/image";
import { canOptimizeImage } from "@/lib/image-hosts";

// Fixed when the storefront is built (next.config.ts `env`, src/lib/image-hosts.ts).
const IMAGE_HOSTS = (process.env.OCOP_IMAGE_HOSTS ?? "").split(",").filter(Boolean);

/**
 * Only images on the backend's or the file store's https hosts go through the optimiser
 * (next.config.ts allows no other); anything else, loopback included, is served as it is.
 */
function canOptimize(src: string): boolean {
  return canOptimizeImage(src, IMAGE_HOSTS);
}

interface ProductImageProps {
  src: string | null;
  alt: string;
  /** Which rendered width to expect, as the `sizes` attribute. */
  sizes: string;
  /** For the first image a shopper sees (the product page's main image). */
  eager?: boolean;
  /** Shown in place of a missing image. */
  emptyLabel: string;
}

/** Fills its positioned parent; the parent decides the aspect ratio. */
export function ProductImage({ src, alt, sizes, eager = false, emptyLabel }: ProductImageProps) {
  if (!src) {
    return (
      <span className="product-image product-image--empty" role="img" aria-label={emptyLabel}>
        <span aria-hidden="true">OCOP</span>
      </span>
    );
  }
  return (
    <Image
      className="product-image"
      src={src}
      alt={alt}
      fill
      sizes={sizes}
      unoptimized={!canOptimize(src)}
      {...(eager ? { loading: "eager" as const, fetchPriority: "high" as const } : {})}
    />
  );
}

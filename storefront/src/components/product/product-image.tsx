import Image from "next/image";

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * Next 16 refuses to optimise images on loopback hosts (the backend's local
 * file provider in development), and only https hosts are allowed in
 * next.config.ts: serve anything else as it is.
 */
function canOptimize(src: string): boolean {
  try {
    const url = new URL(src);
    return url.protocol === "https:" && !LOOPBACK_HOSTS.has(url.hostname);
  } catch {
    return false;
  }
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

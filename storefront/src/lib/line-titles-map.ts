// Pure part of lib/line-titles.ts: puts the page-language names on cart and order lines.
import { generatedImageIn } from "./product-map";
import type { CartLineView } from "./types";

export interface LocalTitles {
  /** Product id → title in the page's language. */
  products: Record<string, string>;
  /** Variant id → title in the page's language. */
  variants: Record<string, string>;
  /** Product id → its metadata (for its generated cards, product-map.ts generatedImageIn). */
  metadata: Record<string, Record<string, unknown>>;
}

/**
 * Each line with its product's and variant's current names; a line whose product is not found
 * keeps its stored names. A line without a variant name (a single, unnamed variant) stays without.
 */
export function localizeLineTitles<L extends CartLineView>(lines: L[], titles: LocalTitles, locale: "vi" | "en"): L[] {
  return lines.map((line) => {
    const productTitle = (line.productId && titles.products[line.productId]) || line.productTitle;
    const variantTitle = line.variantTitle && line.variantId ? titles.variants[line.variantId] ?? line.variantTitle : line.variantTitle;
    const thumbnail = line.productId ? generatedImageIn(line.thumbnail, titles.metadata[line.productId], locale) : line.thumbnail;
    return { ...line, productTitle, variantTitle: variantTitle === productTitle ? null : variantTitle, thumbnail };
  });
}

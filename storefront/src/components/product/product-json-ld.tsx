import type { ProductDetail, StockState } from "@/lib/types";

const AVAILABILITY: Partial<Record<StockState["kind"], string>> = {
  in_stock: "https://schema.org/InStock",
  untracked: "https://schema.org/InStock",
  backorder: "https://schema.org/BackOrder",
  out_of_stock: "https://schema.org/OutOfStock",
};

/** schema.org Product data for search engines: brand is the producer, offers are priced in VND. */
export function productJsonLd(product: ProductDetail, url: string) {
  const offers = product.variants.flatMap((variant) =>
    variant.price
      ? [
          {
            "@type": "Offer",
            name: variant.title,
            ...(variant.sku ? { sku: variant.sku } : {}),
            price: Math.round(variant.price.amount),
            priceCurrency: variant.price.currencyCode.toUpperCase(),
            url,
            ...(AVAILABILITY[variant.stock.kind] ? { availability: AVAILABILITY[variant.stock.kind] } : {}),
          },
        ]
      : [],
  );
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    name: product.title,
    url,
    ...(product.description ? { description: product.description } : {}),
    ...(product.images.length > 0 ? { image: product.images.map((image) => image.url) } : {}),
    ...(product.producerName ? { brand: { "@type": "Brand", name: product.producerName } } : {}),
    ...(offers.length > 0 ? { offers } : {}),
  };
}

export function ProductJsonLd({ product, url }: { product: ProductDetail; url: string }) {
  return (
    <script
      type="application/ld+json"
      // "<" escaped so product text cannot close the script element.
      dangerouslySetInnerHTML={{ __html: JSON.stringify(productJsonLd(product, url)).replace(/</g, "\\u003c") }}
    />
  );
}

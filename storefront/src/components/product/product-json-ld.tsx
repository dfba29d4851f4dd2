import type { ProductReviews } from "@/lib/reviews";
import type { ProductDetail, StockState } from "@/lib/types";

const AVAILABILITY: Partial<Record<StockState["kind"], string>> = {
  in_stock: "https://schema.org/InStock",
  untracked: "https://schema.org/InStock",
  backorder: "https://schema.org/BackOrder",
  out_of_stock: "https://schema.org/OutOfStock",
};

/** Where it comes from and what certifies it, for productJsonLd. */
export interface ProductTrust {
  /** e.g. "xã Kỳ Thượng, Quảng Ninh (trước đây: xã Đạp Thanh, huyện Ba Chẽ)". */
  origin: string | null;
  /** The certificate's public page. */
  certificateUrl: string | null;
}

/** The certificate in force as schema.org's Certification. */
function certification(product: ProductDetail, certificateUrl: string | null) {
  const c = product.certificate;
  if (!c) return null;
  return {
    "@type": "Certification",
    name: `OCOP ${c.stars}★`,
    ...(c.decisionNumber ? { certificationIdentification: c.decisionNumber } : {}),
    ...(c.issuingAuthority ? { issuedBy: { "@type": "Organization", name: c.issuingAuthority } } : {}),
    ...(c.decisionDate ? { validFrom: c.decisionDate } : {}),
    ...(c.expiresOn ? { expires: c.expiresOn } : {}),
    certificationRating: { "@type": "Rating", ratingValue: c.stars, bestRating: 5, worstRating: 3 },
    ...(certificateUrl ? { url: certificateUrl } : {}),
  };
}

const JSON_LD_REVIEWS = 5;

/**
 * Buyers' ratings as schema.org's aggregateRating and review, only when there are reviews (an
 * aggregateRating of 0 reviews is invalid). Kept apart from the OCOP certificate's rating.
 */
function buyerRatings(ratings: ProductReviews | undefined) {
  if (!ratings || ratings.count <= 0 || ratings.average === null) return {};
  return {
    aggregateRating: { "@type": "AggregateRating", ratingValue: ratings.average, reviewCount: ratings.count, bestRating: 5, worstRating: 1 },
    review: ratings.reviews.slice(0, JSON_LD_REVIEWS).map((r) => ({
      "@type": "Review",
      reviewRating: { "@type": "Rating", ratingValue: r.rating, bestRating: 5, worstRating: 1 },
      author: { "@type": "Person", name: r.author_name },
      datePublished: r.created_at.slice(0, 10),
      reviewBody: r.content,
    })),
  };
}

/**
 * schema.org Product data for search engines: brand is the producer, offers are priced in VND,
 * countryOfOrigin and the place of origin, the OCOP certificate (hasCertification) and buyers' ratings.
 */
export function productJsonLd(
  product: ProductDetail,
  url: string,
  trust: ProductTrust = { origin: null, certificateUrl: null },
  ratings?: ProductReviews,
) {
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
    countryOfOrigin: { "@type": "Country", name: "VN" },
    ...(trust.origin
      ? { additionalProperty: [{ "@type": "PropertyValue", propertyID: "placeOfOrigin", name: "Xuất xứ / Origin", value: trust.origin }] }
      : {}),
    ...(certification(product, trust.certificateUrl) ? { hasCertification: certification(product, trust.certificateUrl) } : {}),
    ...buyerRatings(ratings),
  };
}

export function ProductJsonLd({
  product,
  url,
  trust,
  ratings,
}: {
  product: ProductDetail;
  url: string;
  trust?: ProductTrust;
  ratings?: ProductReviews;
}) {
  return (
    <script
      type="application/ld+json"
      // "<" escaped so product text cannot close the script element.
      dangerouslySetInnerHTML={{ __html: JSON.stringify(productJsonLd(product, url, trust, ratings)).replace(/</g, "\\u003c") }}
    />
  );
}

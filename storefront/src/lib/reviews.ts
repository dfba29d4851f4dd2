import "server-only";
import { load, type Loaded } from "./backend";
import { getSdk } from "./medusa";

/** A buyer's review as the store API answers it (GET /store/products/:id/reviews). */
export interface BuyerReview {
  id: string;
  rating: number;
  /** The buyer's text as written: rendered as text, never as HTML. */
  content: string;
  images: string[];
  author_name: string;
  verified_purchase: boolean;
  created_at: string;
  reply: { content: string; created_at: string } | null;
}

export type RatingDistribution = Record<"1" | "2" | "3" | "4" | "5", number>;

export interface ProductReviews {
  reviews: BuyerReview[];
  count: number;
  /** One decimal; null without reviews. */
  average: number | null;
  distribution: RatingDistribution;
}

const PAGE = 10;

/** A product's buyers' ratings (hidden reviews excluded by the backend), newest first. */
export async function getProductReviews(productId: string): Promise<Loaded<ProductReviews>> {
  return load(`reviews of ${productId}`, async () => {
    const sdk = await getSdk();
    return sdk.client.fetch<ProductReviews>(`/store/products/${encodeURIComponent(productId)}/reviews`, {
      query: { limit: PAGE, sort: "newest" },
    });
  });
}

export type RatingSummary = Omit<ProductReviews, "reviews">;

/** Buyers' ratings over all of a producer's products (GET /store/producers/:handle/reviews). */
export async function getProducerRating(handle: string): Promise<Loaded<RatingSummary>> {
  return load(`rating of producer ${handle}`, async () => {
    const sdk = await getSdk();
    return sdk.client.fetch<RatingSummary>(`/store/producers/${encodeURIComponent(handle)}/reviews`);
  });
}

import "server-only";
import { load, type Loaded } from "./backend";
import { cachedCatalogRead } from "./catalog-cache";
import { backendConfig, getSdk, sdkFor, type BackendConfig } from "./medusa";
import { authHeaders } from "./session";
import type { OrderReviewable, ProductReviews, RatingSummary, ReviewUploadsAnswer } from "./wire-types";

// The answers are shown as they come (snake_case): their shapes are in wire-types.ts.
export type { BuyerReview, OrderReviewable, ProductReviews, RatingDistribution, RatingSummary, ReviewableLine } from "./wire-types";

const PAGE = 10;

// Public reviews are catalog reads: cached under the "reviews" tag, which the backend expires on
// every review written, edited, hidden or deleted.
const readProductReviews = cachedCatalogRead("product-reviews", ["reviews"], (config: BackendConfig, productId: string) =>
  sdkFor(config).client.fetch<ProductReviews>(`/store/products/${encodeURIComponent(productId)}/reviews`, {
    query: { limit: PAGE, sort: "newest" },
  }),
);

const readProducerRating = cachedCatalogRead("producer-rating", ["reviews"], (config: BackendConfig, handle: string) =>
  sdkFor(config).client.fetch<RatingSummary>(`/store/producers/${encodeURIComponent(handle)}/reviews`),
);

/** A product's buyers' ratings (hidden reviews excluded by the backend), newest first. */
export async function getProductReviews(productId: string): Promise<Loaded<ProductReviews>> {
  return load(`reviews of ${productId}`, async () => readProductReviews(await backendConfig(), productId));
}

/** Buyers' ratings over all of a producer's products (GET /store/producers/:handle/reviews). */
export async function getProducerRating(handle: string): Promise<Loaded<RatingSummary>> {
  return load(`rating of producer ${handle}`, async () => readProducerRating(await backendConfig(), handle));
}

/** What the signed-in customer may still review in one order, and what it reviewed already. */
export async function getOrderReviewable(orderId: string): Promise<Loaded<OrderReviewable>> {
  return load(`reviewable lines of order ${orderId}`, async () => {
    const sdk = await getSdk();
    return sdk.client.fetch<OrderReviewable>("/store/customers/me/reviewable", { query: { order_id: orderId }, headers: await authHeaders() });
  });
}

export type ReviewAnswer = { ok: true } | { ok: false; status: number | null; message: string };

/** Posts the customer's review of one delivered line; the backend's 4xx sentence comes back to the form. */
export async function sendReview(productId: string, body: { line_item_id: string; rating: number; content: string; images: string[] }): Promise<ReviewAnswer> {
  const sdk = await getSdk();
  try {
    await sdk.client.fetch(`/store/products/${encodeURIComponent(productId)}/reviews`, { method: "POST", body, headers: await authHeaders() });
    return { ok: true };
  } catch (error) {
    return { ok: false, status: (error as { status?: number }).status ?? null, message: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Sends review photos to POST /store/reviews/uploads as the signed-in customer (multipart: the
 * js-sdk would encode the body as JSON). The backend checks the bytes and sizes; its 400 is passed on.
 */
export async function uploadReviewPhotos(files: File[]): Promise<{ ok: true; urls: string[] } | { ok: false; status: number; message: string }> {
  const { baseUrl, publishableKey } = await backendConfig();
  const form = new FormData();
  for (const file of files) form.append("files", file, file.name);
  const response = await fetch(`${baseUrl}/store/reviews/uploads`, {
    method: "POST",
    body: form,
    headers: { ...(publishableKey ? { "x-publishable-api-key": publishableKey } : {}), ...(await authHeaders()) },
  });
  const answer = (await response.json().catch(() => ({}))) as Partial<ReviewUploadsAnswer> & { message?: string };
  if (!response.ok || !answer.files) return { ok: false, status: response.status, message: answer.message ?? response.statusText };
  return { ok: true, urls: answer.files.map((f) => f.url) };
}

"use server";

import { refresh } from "next/cache";
import { field } from "@/lib/form-state";
import { sendReview } from "@/lib/reviews";

/** What a line's review form shows after sending: a message key of the "Reviews.errors" catalog. */
export interface ReviewFormState {
  seq: number;
  ok: boolean;
  error: "rating" | "content" | "photos" | "notDelivered" | "alreadyReviewed" | "windowClosed" | "notPurchased" | "failed" | null;
}

// The backend answers in sentences (docs/architecture.md, Reviews); the form says them in the shopper's language.
function errorOf(message: string): NonNullable<ReviewFormState["error"]> {
  if (/^rating/i.test(message)) return "rating";
  if (/^content/i.test(message)) return "content";
  if (/^images/i.test(message)) return "photos";
  if (/once your order of it has been delivered/i.test(message)) return "notDelivered";
  if (/already reviewed/i.test(message)) return "alreadyReviewed";
  if (/days after delivery/i.test(message)) return "windowClosed";
  if (/only buyers/i.test(message)) return "notPurchased";
  return "failed";
}

/** Posts the review of one delivered line: fields product_id, line_item_id, rating, content, image (repeated). */
export async function reviewLineAction(previous: ReviewFormState, form: FormData): Promise<ReviewFormState> {
  const next = (error: ReviewFormState["error"]): ReviewFormState => ({ seq: previous.seq + 1, ok: error === null, error });
  const rating = Number(field(form, "rating"));
  if (!Number.isInteger(rating) || rating < 1 || rating > 5) return next("rating");
  const content = field(form, "content").trim();
  if (!content) return next("content");
  const images = form.getAll("image").filter((v): v is string => typeof v === "string" && v.length > 0);
  const answer = await sendReview(field(form, "product_id"), { line_item_id: field(form, "line_item_id"), rating, content, images });
  if (!answer.ok) return next(errorOf(answer.message));
  refresh();
  return next(null);
}

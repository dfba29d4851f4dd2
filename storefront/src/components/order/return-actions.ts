"use server";

import { refresh } from "next/cache";
import { field } from "@/lib/form-state";
import { sendReturn } from "@/lib/returns";

/** What the return form shows after sending: a message key of the "Returns.errors" catalog. */
export interface ReturnFormState {
  seq: number;
  ok: boolean;
  error: "windowClosed" | "notDelivered" | "notPaid" | "bankRequired" | "oneProducer" | "tooMany" | "noItems" | "reason" | "photos" | "bank" | "failed" | null;
}

// The backend answers in sentences (docs/architecture.md, Returns); the form says them in the shopper's language.
function errorOf(message: string): NonNullable<ReturnFormState["error"]> {
  if (/return window closed/i.test(message)) return "windowClosed";
  if (/not been delivered/i.test(message)) return "notDelivered";
  // A cash order whose money the carrier has not yet handed over (backend: "has not been paid yet").
  if (/not been paid/i.test(message)) return "notPaid";
  if (/give the bank account/i.test(message)) return "bankRequired";
  if (/one return per producer/i.test(message)) return "oneProducer";
  if (/can still be returned/i.test(message)) return "tooMany";
  if (/^reason/i.test(message)) return "reason";
  if (/photos/i.test(message)) return "photos";
  if (/bank_bin|account_number|account_name/i.test(message)) return "bank";
  return "failed";
}

/** Asks for the return of the chosen quantities (fields "qty:<line id>") of one order. */
export async function requestReturnAction(previous: ReturnFormState, form: FormData): Promise<ReturnFormState> {
  const next = (error: ReturnFormState["error"]): ReturnFormState => ({ seq: previous.seq + 1, ok: error === null, error });
  const orderId = field(form, "order_id");
  const items = [...form.keys()]
    .filter((k) => k.startsWith("qty:"))
    .map((k) => ({ line_item_id: k.slice(4), quantity: Number(field(form, k) || 0) }))
    .filter((i) => Number.isInteger(i.quantity) && i.quantity > 0);
  if (!items.length) return next("noItems");
  const photos = form.getAll("photo").filter((p): p is string => typeof p === "string" && p !== "");
  const bank = { bank_bin: field(form, "bank_bin"), account_number: field(form, "account_number"), account_name: field(form, "account_name") };
  const answer = await sendReturn(`/store/orders/${encodeURIComponent(orderId)}/returns`, {
    items,
    reason: field(form, "reason"),
    ...(photos.length ? { photos } : {}),
    ...(bank.account_number ? { bank_account: bank } : {}),
  });
  if (!answer.ok) return next(errorOf(answer.message));
  refresh();
  return next(null);
}

/** Asks the admin to decide a return the producer refused. */
export async function disputeReturnAction(previous: ReturnFormState, form: FormData): Promise<ReturnFormState> {
  const answer = await sendReturn(`/store/returns/${encodeURIComponent(field(form, "return_id"))}/dispute`, { note: field(form, "note") });
  if (!answer.ok) return { seq: previous.seq + 1, ok: false, error: /^note/i.test(answer.message) ? "reason" : "failed" };
  refresh();
  return { seq: previous.seq + 1, ok: true, error: null };
}

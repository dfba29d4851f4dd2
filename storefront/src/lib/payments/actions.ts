"use server";

import { hasLocale } from "next-intl";
import { redirect } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";
import { getCartById, placeOrder } from "../cart";
import { isCompleteAddress } from "../commerce-map";
import type { ErrorCode } from "../form-state";
import { clearCartId, confirmationHref, getCartId, rememberOrder } from "../session";
import type { Money } from "../types";
import { STRIPE_PROVIDER_ID } from "./card";
import { cardSetup, openCardIntent } from "./server";

/** Card problems worded in the Payments catalog; the others are the checkout's (FormErrors). */
export type CardErrorCode = "notOffered" | "amountMismatch" | "declined";
export type CardError = { form: ErrorCode } | { card: CardErrorCode };

export type CardStart = { ok: true; clientSecret: string; amount: Money } | { ok: false; error: CardError };

/**
 * Opens (or reuses) the Stripe payment session of this browser's open cart and answers with
 * what Stripe.js needs. Refuses another browser's cart, an incomplete checkout, a region without
 * cards, and an intent whose amount is not the cart's total.
 */
export async function startCardPaymentAction(): Promise<CardStart> {
  const cartId = await getCartId();
  if (!cartId) return { ok: false, error: { form: "cartExpired" } };
  const loaded = await getCartById(cartId);
  if (!loaded.ok) return { ok: false, error: { form: "backend" } };
  const cart = loaded.data;
  if (!cart || cart.completed || cart.items.length === 0) return { ok: false, error: { form: "cartExpired" } };
  if (!cart.email || !isCompleteAddress(cart.shippingAddress)) return { ok: false, error: { form: "detailsMissing" } };
  if (!cart.shippingMethod) return { ok: false, error: { form: "shippingMissing" } };
  const setup = cart.regionId ? await cardSetup(cart.regionId) : null;
  if (!setup?.ok) return { ok: false, error: { form: "backend" } };
  if (!setup.data) return { ok: false, error: { card: "notOffered" } };

  try {
    const intent = await openCardIntent(cart.id);
    if (!intent.ok) {
      console.error(`[storefront] the Stripe session of cart ${cart.id} is unusable: ${intent.reason}`);
      return { ok: false, error: intent.reason === "amount" ? { card: "amountMismatch" } : { form: "paymentFailed" } };
    }
    return { ok: true, clientSecret: intent.intent.clientSecret, amount: intent.intent.amount };
  } catch (error) {
    console.error("[storefront] opening the Stripe session failed:", error instanceof Error ? error.message : error);
    return { ok: false, error: { form: "paymentFailed" } };
  }
}

/**
 * After Stripe confirmed the card (in the page or after a redirect): completes the cart, which
 * authorizes the PaymentIntent on the backend, and opens the confirmation page. Safe to repeat
 * like the offline methods: a completed cart answers with the order it made.
 */
export async function completeCardOrderAction(cartId: string, locale: string): Promise<{ ok: false; error: CardError }> {
  const cookieCartId = await getCartId();
  const ownCart = !!cookieCartId && cartId === cookieCartId;
  const loaded = await getCartById(cartId);
  if (!loaded.ok) return { ok: false, error: { form: "backend" } };
  // Another browser's open cart is not ours to complete; a completed one only leads to its order.
  if (!loaded.data || (!ownCart && !loaded.data.completed)) return { ok: false, error: { form: "cartExpired" } };

  const result = await placeOrder(cartId, STRIPE_PROVIDER_ID);
  if (!result.ok) {
    const error: CardError =
      result.reason === "payment"
        ? { card: "declined" }
        : result.reason === "stock"
          ? { form: "stockChanged" }
          : result.reason === "missing"
            ? { form: "cartExpired" }
            : { form: "backend" };
    return { ok: false, error };
  }
  if (ownCart) {
    await clearCartId();
    await rememberOrder(result.orderId, result.accessToken);
  }
  return redirect({ href: confirmationHref(result.orderId, result.accessToken), locale: hasLocale(routing.locales, locale) ? locale : routing.defaultLocale });
}

// Card payments through Stripe: what the storefront decides by itself, without Stripe or the
// backend. Pure, so it is unit-tested beside this file.

import type { Money } from "../types";

/** Medusa's Stripe provider (`@medusajs/payment-stripe`, id "stripe"), offered when the backend has STRIPE_API_KEY. */
export const STRIPE_PROVIDER_ID = "pp_stripe_stripe";

/** What the payment step needs to show the card option. */
export interface CardSetup {
  providerId: string;
  publishableKey: string;
}

/**
 * The card option is shown only when the region offers Stripe and this storefront has a
 * publishable key to load Stripe.js with (a key alone, or a provider alone, shows nothing).
 */
export function cardSetupFor(providers: readonly { id: string }[], publishableKey: string | null): CardSetup | null {
  if (!publishableKey || !providers.some((p) => p.id === STRIPE_PROVIDER_ID)) return null;
  return { providerId: STRIPE_PROVIDER_ID, publishableKey };
}

/** NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY, else STRIPE_PUBLISHABLE_KEY; only a real publishable key (never a secret one). */
export function publishableKeyFrom(env: Readonly<Record<string, string | undefined>>): string | null {
  const key = (env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY || env.STRIPE_PUBLISHABLE_KEY || "").trim();
  return /^pk_(test|live)_[A-Za-z0-9]+$/.test(key) ? key : null;
}

// Stripe's currencies without a minor unit (https://docs.stripe.com/currencies#zero-decimal),
// the same list as Medusa's Stripe provider uses. VND is one of them.
const ZERO_DECIMAL = new Set(["bif", "clp", "djf", "gnf", "jpy", "kmf", "krw", "mga", "pyg", "rwf", "ugx", "vnd", "vuv", "xaf", "xof", "xpf"]);
const THREE_DECIMAL = new Set(["bhd", "iqd", "jod", "kwd", "omr", "tnd"]);

function factor(currency: string): number {
  const code = currency.toLowerCase();
  return ZERO_DECIMAL.has(code) ? 1 : THREE_DECIMAL.has(code) ? 1000 : 100;
}

/** The amount as Stripe counts it: 1.250.000 ₫ is 1250000 (never ×100); 12.50 € is 1250. */
export function toStripeAmount(money: Money): number {
  return Math.round(money.amount * factor(money.currencyCode));
}

/** A Stripe amount back in whole units of its currency: 1250000 vnd is 1.250.000 ₫. */
export function fromStripeAmount(amount: number, currency: string): Money {
  return { amount: amount / factor(currency), currencyCode: currency.toLowerCase() };
}

/** What the card form needs from the Stripe payment session the backend opened. */
export interface CardIntent {
  clientSecret: string;
  /** What the PaymentIntent will charge, in whole units: the amount shown to the shopper. */
  amount: Money;
}

export type CardIntentCheck = { ok: true; intent: CardIntent } | { ok: false; reason: "missing" | "amount" };

/**
 * Reads the PaymentIntent kept in a Stripe payment session's data and checks it charges
 * exactly the cart's total: the amount shown beside the card form is the amount sent.
 */
export function cardIntentOf(sessionData: unknown, cartTotal: Money): CardIntentCheck {
  const data = sessionData && typeof sessionData === "object" ? (sessionData as Record<string, unknown>) : {};
  const { client_secret: clientSecret, amount, currency } = data;
  if (typeof clientSecret !== "string" || !clientSecret.includes("_secret_") || typeof amount !== "number" || typeof currency !== "string") {
    return { ok: false, reason: "missing" };
  }
  const charged = fromStripeAmount(amount, currency);
  const same = charged.currencyCode === cartTotal.currencyCode.toLowerCase() && amount === toStripeAmount(cartTotal);
  return same ? { ok: true, intent: { clientSecret, amount: charged } } : { ok: false, reason: "amount" };
}

/** Where Stripe sends the shopper back after a redirect (3-D Secure, bank pages). */
export type CardReturn = { paymentIntent: string; outcome: "paid" | "failed" };

/**
 * The query Stripe adds to return_url (`payment_intent`, `payment_intent_client_secret`,
 * `redirect_status`), or null when the page was not opened by such a return.
 */
export function cardReturnOf(params: { get(name: string): string | null }): CardReturn | null {
  const paymentIntent = params.get("payment_intent");
  const status = params.get("redirect_status");
  if (!paymentIntent || !params.get("payment_intent_client_secret") || !status) return null;
  return { paymentIntent, outcome: status === "succeeded" || status === "pending" ? "paid" : "failed" };
}

/** The checkout page URL Stripe returns to, without a previous return's query. */
export function cardReturnUrl(origin: string, locale: string): string {
  return `${origin}/${locale}/checkout`;
}

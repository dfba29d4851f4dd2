import "server-only";
import { load, type Loaded } from "../backend";
import { getSdk } from "../medusa";
import { authHeaders } from "../session";
import type { Money } from "../types";
import { cardIntentOf, cardSetupFor, publishableKeyFrom, STRIPE_PROVIDER_ID, type CardIntentCheck, type CardSetup } from "./card";

/**
 * The card option of the payment step, or null when the region does not offer Stripe (the
 * backend has no STRIPE_API_KEY) or this storefront has no publishable key. The key is read
 * here, at request time, and handed to the client component: nothing is baked into the build.
 */
export function cardSetup(regionId: string): Promise<Loaded<CardSetup | null>> {
  return load("listing payment providers for cards", async () => {
    const publishableKey = publishableKeyFrom(process.env);
    if (!publishableKey) return null;
    const sdk = await getSdk();
    const { payment_providers } = await sdk.store.payment.listPaymentProviders({ region_id: regionId });
    return cardSetupFor(payment_providers, publishableKey);
  });
}

const SESSION_FIELDS = "id,total,currency_code,completed_at,*payment_collection,*payment_collection.payment_sessions";

/**
 * The Stripe PaymentIntent for a cart: the cart's pending Stripe session when it has one (a
 * reload does not open a second intent), else a new one. Checked against the cart's total.
 */
export async function openCardIntent(cartId: string): Promise<CardIntentCheck> {
  const sdk = await getSdk();
  const headers = await authHeaders();
  const { cart } = await sdk.store.cart.retrieve(cartId, { fields: SESSION_FIELDS }, headers);
  const total: Money = { amount: Number(cart.total), currencyCode: cart.currency_code };
  const pending = cart.payment_collection?.payment_sessions?.find((s) => s.provider_id === STRIPE_PROVIDER_ID && s.status === "pending");
  // A pending session for an older total is replaced: Medusa refreshes sessions when the cart changes.
  if (pending) {
    const reused = cardIntentOf(pending.data, total);
    if (reused.ok) return reused;
  }
  const { payment_collection } = await sdk.store.payment.initiatePaymentSession(cart, { provider_id: STRIPE_PROVIDER_ID }, {}, headers);
  const session = payment_collection.payment_sessions?.find((s) => s.provider_id === STRIPE_PROVIDER_ID);
  return cardIntentOf(session?.data, total);
}

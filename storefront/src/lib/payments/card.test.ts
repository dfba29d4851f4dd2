import { describe, expect, it } from "vitest";
import {
  cardIntentOf,
  cardReturnOf,
  cardReturnUrl,
  cardSetupFor,
  fromStripeAmount,
  publishableKeyFrom,
  STRIPE_PROVIDER_ID,
  toStripeAmount,
} from "./card";

const VND = (amount: number) => ({ amount, currencyCode: "vnd" });
const KEY = "pk_test_51AbCdEf";

describe("which payment step shows the card option", () => {
  const offline = [{ id: "pp_cod_cod" }, { id: "pp_vietqr_vietqr" }];

  it("shows it when the region offers Stripe and a publishable key is set", () => {
    expect(cardSetupFor([...offline, { id: STRIPE_PROVIDER_ID }], KEY)).toEqual({ providerId: "pp_stripe_stripe", publishableKey: KEY });
  });

  it("hides it without the provider (no STRIPE_API_KEY on the backend) or without a key", () => {
    expect(cardSetupFor(offline, KEY)).toBeNull();
    expect(cardSetupFor([...offline, { id: STRIPE_PROVIDER_ID }], null)).toBeNull();
    expect(cardSetupFor([], KEY)).toBeNull();
  });

  it("takes the public key from NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY, else STRIPE_PUBLISHABLE_KEY", () => {
    expect(publishableKeyFrom({ NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY: KEY, STRIPE_PUBLISHABLE_KEY: "pk_test_other" })).toBe(KEY);
    expect(publishableKeyFrom({ STRIPE_PUBLISHABLE_KEY: " pk_live_Xyz1 " })).toBe("pk_live_Xyz1");
    expect(publishableKeyFrom({})).toBeNull();
  });

  it("never hands a secret or malformed key to the browser", () => {
    expect(publishableKeyFrom({ STRIPE_PUBLISHABLE_KEY: "sk_test_51AbCdEf" })).toBeNull();
    expect(publishableKeyFrom({ NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY: "rk_live_1" })).toBeNull();
    expect(publishableKeyFrom({ STRIPE_PUBLISHABLE_KEY: "pk_test_<script>" })).toBeNull();
  });
});

describe("amounts: VND is zero-decimal", () => {
  it("sends 1.250.000 ₫ as 1250000, never multiplied by 100", () => {
    expect(toStripeAmount(VND(1_250_000))).toBe(1_250_000);
    expect(fromStripeAmount(1_250_000, "VND")).toEqual(VND(1_250_000));
  });

  it("multiplies two- and three-decimal currencies", () => {
    expect(toStripeAmount({ amount: 12.5, currencyCode: "eur" })).toBe(1250);
    expect(fromStripeAmount(1250, "eur")).toEqual({ amount: 12.5, currencyCode: "eur" });
    expect(toStripeAmount({ amount: 1.234, currencyCode: "KWD" })).toBe(1234);
  });
});

describe("the Stripe payment session the card form uses", () => {
  const intent = { id: "pi_1", client_secret: "pi_1_secret_abc", amount: 1_250_000, currency: "vnd", status: "requires_payment_method" };

  it("shows the amount the PaymentIntent charges, which is the cart's total", () => {
    expect(cardIntentOf(intent, VND(1_250_000))).toEqual({ ok: true, intent: { clientSecret: "pi_1_secret_abc", amount: VND(1_250_000) } });
  });

  it("refuses an intent for another amount (e.g. a total multiplied by 100) or currency", () => {
    expect(cardIntentOf({ ...intent, amount: 125_000_000 }, VND(1_250_000))).toEqual({ ok: false, reason: "amount" });
    expect(cardIntentOf({ ...intent, currency: "usd" }, VND(1_250_000))).toEqual({ ok: false, reason: "amount" });
  });

  it("reports a session without a client secret", () => {
    expect(cardIntentOf({ ...intent, client_secret: undefined }, VND(1_250_000))).toEqual({ ok: false, reason: "missing" });
    expect(cardIntentOf(null, VND(1))).toEqual({ ok: false, reason: "missing" });
  });
});

describe("coming back from Stripe's redirect", () => {
  const params = (query: string) => new URLSearchParams(query);

  it("reads a successful or failed return", () => {
    expect(cardReturnOf(params("payment_intent=pi_1&payment_intent_client_secret=pi_1_secret_x&redirect_status=succeeded"))).toEqual({
      paymentIntent: "pi_1",
      outcome: "paid",
    });
    expect(cardReturnOf(params("payment_intent=pi_1&payment_intent_client_secret=pi_1_secret_x&redirect_status=failed"))?.outcome).toBe("failed");
  });

  it("ignores an ordinary visit of the checkout", () => {
    expect(cardReturnOf(params("step=payment"))).toBeNull();
    expect(cardReturnOf(params("payment_intent=pi_1&redirect_status=succeeded"))).toBeNull();
  });

  it("returns to the checkout in the shopper's language", () => {
    expect(cardReturnUrl("https://ocop.example", "en")).toBe("https://ocop.example/en/checkout");
  });
});

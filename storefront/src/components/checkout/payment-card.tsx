"use client";

import { Elements, PaymentElement, useElements, useStripe } from "@stripe/react-stripe-js";
import type { Stripe } from "@stripe/stripe-js";
// The "pure" entry loads Stripe.js only when asked, not on import: pages without cards never fetch it.
import { loadStripe } from "@stripe/stripe-js/pure";
import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { startTransition, useEffect, useState } from "react";
import { FormAlert } from "@/components/forms/fields";
import { completeCardOrderAction, startCardPaymentAction, type CardError } from "@/lib/payments/actions";
import { cardReturnOf, cardReturnUrl } from "@/lib/payments/card";
import { formatMoney } from "@/lib/money";
import type { Money } from "@/lib/types";

// Stripe.js comes from js.stripe.com; without an answer in this time the shopper is told.
const LOAD_TIMEOUT_MS = 15_000;

type Phase =
  | { phase: "starting" }
  | { phase: "ready"; stripe: Stripe; clientSecret: string; amount: Money }
  | { phase: "completing" }
  | { phase: "unavailable" }
  | { phase: "failed"; error: CardError };

/** Stripe.js, or null when it cannot be loaded (no network, blocked, or too slow). */
async function loadStripeWithin(publishableKey: string, ms: number): Promise<Stripe | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), ms);
  });
  try {
    return await Promise.race([loadStripe(publishableKey), timeout]);
  } catch (error) {
    console.error("[storefront] Stripe.js did not load:", error instanceof Error ? error.message : error);
    return null;
  } finally {
    clearTimeout(timer);
  }
}

function useCardErrorText() {
  const t = useTranslations("Payments.card");
  const form = useTranslations("FormErrors");
  return (error: CardError) => ("form" in error ? form(error.form) : t(`errors.${error.card}`));
}

/** Completes the cart once Stripe has the card's authorization; the action opens the confirmation page. */
function completeOrder(cartId: string, locale: string, onError: (error: CardError) => void) {
  startTransition(async () => {
    const result = await completeCardOrderAction(cartId, locale);
    onError(result.error);
  });
}

/**
 * The card payment of the checkout's payment step: Stripe's Payment Element for the cart's
 * PaymentIntent, the amount it charges, and the pay button. Also finishes a payment that
 * Stripe sent away for authentication (3-D Secure) and back to the checkout.
 */
export function PaymentCard({ cartId, publishableKey }: { cartId: string; publishableKey: string }) {
  const t = useTranslations("Payments.card");
  const errorText = useCardErrorText();
  const locale = useLocale();
  const params = useSearchParams();
  const [state, setState] = useState<Phase>({ phase: "starting" });
  const [attempt, setAttempt] = useState(0);
  const returned = cardReturnOf(params);
  const returnedPaid = attempt === 0 && returned?.outcome === "paid";

  useEffect(() => {
    let live = true;
    const fail = (error: CardError) => live && setState({ phase: "failed", error });
    if (returnedPaid) {
      setState({ phase: "completing" });
      completeOrder(cartId, locale, fail);
      return () => {
        live = false;
      };
    }
    setState({ phase: "starting" });
    void (async () => {
      const started = await startCardPaymentAction();
      if (!live) return;
      if (!started.ok) return fail(started.error);
      const stripe = await loadStripeWithin(publishableKey, LOAD_TIMEOUT_MS);
      if (!live) return;
      setState(stripe ? { phase: "ready", stripe, clientSecret: started.clientSecret, amount: started.amount } : { phase: "unavailable" });
    })();
    return () => {
      live = false;
    };
  }, [attempt, cartId, locale, publishableKey, returnedPaid]);

  const retry = (
    <button type="button" className="button button--quiet" onClick={() => setAttempt((n) => n + 1)}>
      {t("retry")}
    </button>
  );

  return (
    <div className="payment-card" aria-live="polite">
      {attempt === 0 && returned?.outcome === "failed" && (
        <FormAlert>
          <p>{t("errors.declined")}</p>
        </FormAlert>
      )}
      {state.phase === "starting" && <p className="notice notice--info">{t("loading")}</p>}
      {state.phase === "completing" && <p className="notice notice--info">{t("completing")}</p>}
      {state.phase === "unavailable" && (
        <div className="notice notice--warning" role="alert">
          <p>{t("unavailable")}</p>
          <p>{retry}</p>
        </div>
      )}
      {state.phase === "failed" && (
        <FormAlert>
          <p>{errorText(state.error)}</p>
          <p>{retry}</p>
        </FormAlert>
      )}
      {state.phase === "ready" && (
        <Elements stripe={state.stripe} options={{ clientSecret: state.clientSecret, locale: locale === "vi" ? "vi" : "en" }}>
          <CardForm cartId={cartId} amount={state.amount} />
        </Elements>
      )}
    </div>
  );
}

function CardForm({ cartId, amount }: { cartId: string; amount: Money }) {
  const t = useTranslations("Payments.card");
  const errorText = useCardErrorText();
  const locale = useLocale();
  const stripe = useStripe();
  const elements = useElements();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const total = formatMoney(amount, locale === "en" ? "en" : "vi");

  const pay = async () => {
    if (!stripe || !elements || busy) return;
    setBusy(true);
    setMessage(null);
    // Cards that need 3-D Secure leave for the bank's page and come back to return_url.
    const { error, paymentIntent } = await stripe.confirmPayment({
      elements,
      confirmParams: { return_url: cardReturnUrl(window.location.origin, locale) },
      redirect: "if_required",
    });
    if (error || !paymentIntent || !["requires_capture", "succeeded", "processing"].includes(paymentIntent.status)) {
      setMessage(error?.message ?? t("errors.declined"));
      setBusy(false);
      return;
    }
    completeOrder(cartId, locale, (failure) => {
      setMessage(errorText(failure));
      setBusy(false);
    });
  };

  return (
    <div className="payment-card__form">
      <PaymentElement />
      {message && (
        <FormAlert>
          <p>{message}</p>
        </FormAlert>
      )}
      <p className="checkout-form__terms">{t("chargeNote", { total })}</p>
      <button type="button" className="button button--block button--large" onClick={pay} disabled={!stripe || busy} aria-busy={busy}>
        {busy ? t("paying") : t("pay", { total })}
      </button>
    </div>
  );
}

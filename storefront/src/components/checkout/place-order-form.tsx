"use client";

import { useLocale, useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import { useSearchParams } from "next/navigation";
import { useActionState, useState } from "react";
import { placeOrderAction } from "./actions";
import { FormAlert } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Link } from "@/i18n/navigation";
import { initialFormState } from "@/lib/form-state";
import { cardReturnOf, type CardSetup } from "@/lib/payments/card";
import type { PaymentChoice } from "@/lib/types";

// Stripe's React bindings load only once the shopper picks the card, so they stay out of the
// checkout's first load (most shoppers pay cash or by VietQR).
const PaymentCard = dynamic(() => import("./payment-card").then((m) => m.PaymentCard), {
  ssr: false,
  loading: CardLoading,
});

function CardLoading() {
  const t = useTranslations("Payments.card");
  return <p className="notice notice--info">{t("loading")}</p>;
}

interface PlaceOrderFormProps {
  cartId: string;
  choices: readonly PaymentChoice[];
  /** The amount to pay, formatted in VND. */
  total: string;
  /** Paid in cash: the total with the carrier's collection fee, and the fee (null: no fee). */
  cod?: { total: string; fee: string } | null;
  /** Cards through Stripe, when the region offers them (see lib/payments/card.ts). */
  card?: CardSetup | null;
}

/**
 * Step 3 of the checkout: the payment method and the order button. The button is
 * disabled while the order is being placed; the server also treats a repeated
 * submit of the same cart as the order it already made.
 */
export function PlaceOrderForm({ cartId, choices, total, cod, card }: PlaceOrderFormProps) {
  const t = useTranslations("Checkout");
  const tCard = useTranslations("Payments.card");
  const locale = useLocale();
  // Back from Stripe's 3-D Secure page: the card form finishes the order.
  const search = useSearchParams();
  const returnedFromStripe = !!card && cardReturnOf(search) !== null;
  const first = returnedFromStripe ? card.providerId : (choices[0]?.providerId ?? "");
  const [state, action] = useActionState(placeOrderAction, initialFormState({ providerId: first }));
  const [selected, setSelected] = useState(first);
  const paysByCard = !!card && selected === card.providerId;
  const paysCash = choices.some((c) => c.providerId === selected && c.kind === "cod");
  const { formRef, message } = useFormFeedback(state);
  const error = message(state.errors.providerId);
  const code = state.formError?.code;
  const backTo = code === "cartExpired" || code === "stockChanged" ? "/cart" : code === "detailsMissing" || code === "shippingMissing" ? "/checkout" : null;
  return (
    <form ref={formRef} action={action} className="checkout-form" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="cartId" value={cartId} />
      {state.formError && (
        <FormAlert>
          <p>{message(state.formError)}</p>
          {backTo && (
            <p>
              <Link href={backTo}>{backTo === "/cart" ? t("backToCart") : t("reviewDetails")}</Link>
            </p>
          )}
        </FormAlert>
      )}
      <fieldset key={state.seq} className="choices" aria-describedby={error ? "payment-error" : undefined}>
        <legend className="choices__legend">{t("paymentLegend")}</legend>
        {error && (
          <p id="payment-error" className="field__error">
            {error}
          </p>
        )}
        {choices.map((choice, index) => (
          <label key={choice.providerId} className="choice-card choice-card--payment">
            <input
              type="radio"
              name="providerId"
              value={choice.providerId}
              defaultChecked={state.values.providerId === choice.providerId}
              onChange={() => setSelected(choice.providerId)}
              required
              aria-invalid={error && index === 0 ? true : undefined}
              aria-describedby={`payment-${choice.kind}-text${error ? " payment-error" : ""}`}
            />
            <span className="choice-card__name">{t(`payment.${choice.kind}.name`)}</span>
            <span id={`payment-${choice.kind}-text`} className="choice-card__text">
              {t(`payment.${choice.kind}.text`)}
              {choice.kind === "cod" && cod && <span className="choice-card__fee"> {t("codFee", { fee: cod.fee })}</span>}
            </span>
          </label>
        ))}
        {card && (
          <label className="choice-card choice-card--payment">
            <input
              type="radio"
              name="providerId"
              value={card.providerId}
              defaultChecked={paysByCard}
              onChange={() => setSelected(card.providerId)}
              aria-describedby="payment-card-text"
            />
            <span className="choice-card__name">{tCard("name")}</span>
            <span id="payment-card-text" className="choice-card__text">
              {tCard("text")}
            </span>
          </label>
        )}
      </fieldset>
      {paysByCard ? (
        // Stripe confirms the card in the page; its own button places the order.
        <PaymentCard cartId={cartId} publishableKey={card.publishableKey} />
      ) : (
        <>
          <p className="checkout-form__terms">{t("placeOrderNote")}</p>
          <SubmitButton pendingLabel={t("placing")} className="button button--block button--large">
            {t("placeOrder", { total: paysCash && cod ? cod.total : total })}
          </SubmitButton>
        </>
      )}
    </form>
  );
}

"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { chooseShippingAction } from "./actions";
import { FormAlert } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { initialFormState } from "@/lib/form-state";

export interface ShippingChoice {
  id: string;
  name: string;
  /** Already formatted in VND, e.g. "30.000 ₫". */
  price: string;
  /** Estimated delivery and parcels, already worded, e.g. "Dự kiến 2–4 ngày · 2 kiện hàng". */
  detail: string | null;
}

interface ShippingFormProps {
  options: readonly ShippingChoice[];
  selectedId: string | null;
}

/** Step 2 of the checkout: how the order travels, with its price; `selectedId` defaults to the cheapest. */
export function ShippingForm({ options, selectedId }: ShippingFormProps) {
  const t = useTranslations("Checkout");
  const locale = useLocale();
  const [state, action] = useActionState(
    chooseShippingAction,
    initialFormState({ optionId: selectedId ?? options[0]?.id ?? "" }),
  );
  const { formRef, message } = useFormFeedback(state);
  const error = message(state.errors.optionId);
  return (
    <form ref={formRef} action={action} className="checkout-form" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {state.formError && <FormAlert>{message(state.formError)}</FormAlert>}
      <fieldset key={state.seq} className="choices" aria-describedby={error ? "shipping-error" : undefined}>
        <legend className="choices__legend">{t("shippingLegend")}</legend>
        {error && (
          <p id="shipping-error" className="field__error">
            {error}
          </p>
        )}
        {options.map((option, index) => (
          <label key={option.id} className="choice-card">
            <input
              type="radio"
              name="optionId"
              value={option.id}
              defaultChecked={state.values.optionId === option.id}
              required
              aria-invalid={error && index === 0 ? true : undefined}
              aria-describedby={error ? "shipping-error" : undefined}
            />
            <span className="choice-card__name">{option.name}</span>
            <span className="choice-card__price">{option.price}</span>
            {option.detail && <span className="choice-card__detail">{option.detail}</span>}
          </label>
        ))}
      </fieldset>
      <SubmitButton pendingLabel={t("saving")} className="button button--block">
        {t("continueToPayment")}
      </SubmitButton>
    </form>
  );
}

"use client";

import { useLocale, useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import { useActionState, useState } from "react";
import { saveDetailsAction, type DetailsField } from "./actions";
import { AddressFields, ContactFields } from "@/components/forms/contact-fields";
import { FormAlert } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Link } from "@/i18n/navigation";
import { initialFormState } from "@/lib/form-state";
import type { PlaceChoices } from "@/lib/address-places";
import type { GuestPartnerChoice } from "@/lib/types";

// The hotel or cruise fields load only when the buyer chooses them: most buyers give their own
// address, and the checkout's first load stays within its budget.
const GuestDeliveryFields = dynamic(() => import("./guest-delivery-fields").then((m) => m.GuestDeliveryFields), {
  loading: GuestLoading,
});

function GuestLoading() {
  const t = useTranslations("Checkout");
  return <p className="notice notice--info">{t("guestLoading")}</p>;
}

interface DetailsFormProps {
  initial: Partial<Record<DetailsField, string>>;
  places: PlaceChoices;
  /** Hotels and cruises that accept deliveries for their guests; the choice is offered when there are any. */
  partners: readonly GuestPartnerChoice[];
}

/** Step 1 of the checkout: who receives the order, and where in Vietnam. */
export function DetailsForm({ initial, places, partners }: DetailsFormProps) {
  const t = useTranslations("Checkout");
  const locale = useLocale();
  const [state, action] = useActionState(saveDetailsAction, initialFormState(initial));
  const { formRef, message } = useFormFeedback(state);
  const expired = state.formError?.code === "cartExpired";
  const [deliverTo, setDeliverTo] = useState(state.values.deliverTo === "partner" && partners.length > 0 ? "partner" : "home");
  return (
    <form ref={formRef} action={action} className="checkout-form" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {state.formError && (
        <FormAlert>
          <p>{message(state.formError)}</p>
          {expired && (
            <p>
              <Link href="/cart">{t("backToCart")}</Link>
            </p>
          )}
        </FormAlert>
      )}
      {/* Remounted with each answer: React resets a form after its action, and the
          fields must come back with what the shopper typed, the select included. */}
      <div key={state.seq} className="checkout-form__fields">
        <ContactFields
          idPrefix="checkout"
          state={state}
          message={message}
          labels={{
            email: { label: t("email"), hint: t("emailHint") },
            fullName: t("fullName"),
            phone: { label: t("phone"), hint: t("phoneHint") },
          }}
        />
        {partners.length > 0 && (
          <fieldset className="choices deliver-to">
            <legend className="choices__legend">{t("deliverToLegend")}</legend>
            {(["home", "partner"] as const).map((choice) => (
              <label key={choice} className="choice-card">
                <input
                  type="radio"
                  name="deliverTo"
                  value={choice}
                  checked={deliverTo === choice}
                  onChange={() => setDeliverTo(choice)}
                  aria-describedby={`deliver-to-${choice}-text`}
                />
                <span className="choice-card__name">{t(choice === "home" ? "deliverToHome" : "deliverToPartner")}</span>
                <span id={`deliver-to-${choice}-text`} className="choice-card__text">
                  {t(choice === "home" ? "deliverToHomeText" : "deliverToPartnerText")}
                </span>
              </label>
            ))}
          </fieldset>
        )}
        {deliverTo === "partner" ? (
          <GuestDeliveryFields partners={partners} state={state} message={message} />
        ) : (
          <AddressFields idPrefix="checkout" state={state} message={message} places={places} explained />
        )}
      </div>
      <SubmitButton pendingLabel={t("saving")} className="button button--block">
        {t("continueToShipping")}
      </SubmitButton>
    </form>
  );
}

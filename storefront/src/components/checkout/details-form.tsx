"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { saveDetailsAction, type DetailsField } from "@/app/[locale]/checkout/actions";
import { AddressFields, ContactFields } from "@/components/forms/contact-fields";
import { FormAlert } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Link } from "@/i18n/navigation";
import { initialFormState } from "@/lib/form-state";
import type { PlaceChoices } from "@/lib/address-places";

interface DetailsFormProps {
  initial: Partial<Record<DetailsField, string>>;
  places: PlaceChoices;
}

/** Step 1 of the checkout: who receives the order, and where in Vietnam. */
export function DetailsForm({ initial, places }: DetailsFormProps) {
  const t = useTranslations("Checkout");
  const locale = useLocale();
  const [state, action] = useActionState(saveDetailsAction, initialFormState(initial));
  const { formRef, message } = useFormFeedback(state);
  const expired = state.formError?.code === "cartExpired";
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
        <AddressFields idPrefix="checkout" state={state} message={message} places={places} explained />
      </div>
      <SubmitButton pendingLabel={t("saving")} className="button button--block">
        {t("continueToShipping")}
      </SubmitButton>
    </form>
  );
}

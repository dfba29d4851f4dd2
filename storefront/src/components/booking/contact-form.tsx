"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { ContactFields } from "@/components/forms/contact-fields";
import { FormAlert } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { initialFormState } from "@/lib/form-state";
import { saveBookingContactAction, type ContactField } from "./actions";

/** Checkout step 1 when the cart holds only bookings: name, phone and email, no address. */
export function BookingContactForm({ initial }: { initial: Partial<Record<ContactField, string>> }) {
  const t = useTranslations("Booking");
  const locale = useLocale();
  const [state, action] = useActionState(saveBookingContactAction, initialFormState(initial));
  const { formRef, message } = useFormFeedback(state);
  return (
    <form ref={formRef} action={action} className="checkout-form" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <p className="notice notice--info">{t("contactIntro")}</p>
      {state.formError && <FormAlert>{message(state.formError)}</FormAlert>}
      <div key={state.seq} className="checkout-form__fields">
        <ContactFields
          idPrefix="booking"
          state={state}
          message={message}
          labels={{
            email: { label: t("contactEmail"), hint: t("contactEmailHint") },
            fullName: t("contactName"),
            phone: { label: t("contactPhone") },
          }}
        />
      </div>
      <SubmitButton pendingLabel={t("contactSaving")} className="button button--block">
        {t("contactSave")}
      </SubmitButton>
    </form>
  );
}

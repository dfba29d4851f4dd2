"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormAlert, TextField } from "@/components/forms/fields";
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
  const value = (name: ContactField) => state.values[name] ?? "";
  return (
    <form ref={formRef} action={action} className="checkout-form" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <p className="notice notice--info">{t("contactIntro")}</p>
      {state.formError && <FormAlert>{message(state.formError)}</FormAlert>}
      <div key={state.seq} className="checkout-form__fields">
        <TextField
          id="booking-email"
          name="email"
          type="email"
          label={t("contactEmail")}
          hint={t("contactEmailHint")}
          autoComplete="email"
          inputMode="email"
          required
          defaultValue={value("email")}
          error={message(state.errors.email)}
        />
        <TextField
          id="booking-name"
          name="fullName"
          label={t("contactName")}
          autoComplete="name"
          required
          maxLength={100}
          defaultValue={value("fullName")}
          error={message(state.errors.fullName)}
        />
        <TextField
          id="booking-phone"
          name="phone"
          type="tel"
          label={t("contactPhone")}
          autoComplete="tel"
          inputMode="tel"
          required
          defaultValue={value("phone")}
          error={message(state.errors.phone)}
        />
      </div>
      <SubmitButton pendingLabel={t("contactSaving")} className="button button--block">
        {t("contactSave")}
      </SubmitButton>
    </form>
  );
}

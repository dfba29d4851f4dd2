"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { saveDetailsAction, type DetailsField } from "@/app/[locale]/checkout/actions";
import { FormAlert, SelectField, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Link } from "@/i18n/navigation";
import { initialFormState } from "@/lib/form-state";
import type { CommuneGroup } from "./commune-options";

interface DetailsFormProps {
  initial: Partial<Record<DetailsField, string>>;
  communes: readonly CommuneGroup[];
  province: string;
}

/** Step 1 of the checkout: who receives the order, and where in Quảng Ninh. */
export function DetailsForm({ initial, communes, province }: DetailsFormProps) {
  const t = useTranslations("Checkout");
  const locale = useLocale();
  const [state, action] = useActionState(saveDetailsAction, initialFormState(initial));
  const { formRef, message } = useFormFeedback(state);
  const value = (name: DetailsField) => state.values[name] ?? "";
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
      <TextField
        id="checkout-email"
        name="email"
        type="email"
        label={t("email")}
        hint={t("emailHint")}
        autoComplete="email"
        inputMode="email"
        required
        defaultValue={value("email")}
        error={message(state.errors.email)}
      />
      <TextField
        id="checkout-name"
        name="fullName"
        label={t("fullName")}
        autoComplete="name"
        required
        maxLength={100}
        defaultValue={value("fullName")}
        error={message(state.errors.fullName)}
      />
      <TextField
        id="checkout-phone"
        name="phone"
        type="tel"
        label={t("phone")}
        hint={t("phoneHint")}
        autoComplete="tel"
        inputMode="tel"
        required
        defaultValue={value("phone")}
        error={message(state.errors.phone)}
      />
      <TextField
        id="checkout-province"
        name="province"
        label={t("province")}
        hint={t("provinceHint")}
        readOnly
        value={province}
      />
      <SelectField
        id="checkout-commune"
        name="communeCode"
        label={t("commune")}
        hint={t("communeHint")}
        required
        defaultValue={value("communeCode")}
        error={message(state.errors.communeCode)}
      >
        <option value="">{t("communePlaceholder")}</option>
        {communes.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.options.map((option) => (
              <option key={option.code} value={option.code}>
                {option.label}
              </option>
            ))}
          </optgroup>
        ))}
      </SelectField>
      <TextField
        id="checkout-street"
        name="street"
        label={t("street")}
        hint={t("streetHint")}
        autoComplete="street-address"
        required
        maxLength={200}
        defaultValue={value("street")}
        error={message(state.errors.street)}
      />
      </div>
      <SubmitButton pendingLabel={t("saving")} className="button button--block">
        {t("continueToShipping")}
      </SubmitButton>
    </form>
  );
}

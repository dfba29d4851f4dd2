"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { addAddressAction } from "@/app/[locale]/account/actions";
import type { CommuneGroup } from "@/components/checkout/commune-options";
import { FormAlert, SelectField, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { initialFormState } from "@/lib/form-state";
import type { AddressField } from "@/lib/validation";

interface AddressFormProps {
  communes: readonly CommuneGroup[];
  province: string;
}

/** Adds a delivery address in Quảng Ninh to the customer's address book. */
export function AddressForm({ communes, province }: AddressFormProps) {
  const t = useTranslations("Checkout");
  const ta = useTranslations("Account");
  const [state, action] = useActionState(addAddressAction, initialFormState<AddressField>());
  const { formRef, message } = useFormFeedback(state);
  const value = (name: AddressField) => state.values[name] ?? "";
  return (
    <form ref={formRef} action={action} className="account-form" noValidate>
      {state.formError && <FormAlert>{message(state.formError)}</FormAlert>}
      <p className="account-form__status" role="status">
        {state.ok && ta("addressSaved")}
      </p>
      <div key={state.seq} className="account-form__fields">
        <TextField
          id="address-name"
          name="fullName"
          label={t("fullName")}
          autoComplete="name"
          required
          maxLength={100}
          defaultValue={value("fullName")}
          error={message(state.errors.fullName)}
        />
        <TextField
          id="address-phone"
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
        <TextField id="address-province" name="province" label={t("province")} readOnly value={province} />
        <SelectField
          id="address-commune"
          name="communeCode"
          label={t("commune")}
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
          id="address-street"
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
      <SubmitButton pendingLabel={ta("saving")} className="button">
        {ta("saveAddress")}
      </SubmitButton>
    </form>
  );
}

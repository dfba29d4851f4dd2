"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { addAddressAction } from "@/app/[locale]/account/actions";
import type { CommuneGroup } from "@/components/checkout/commune-options";
import { AddressFields, ContactFields } from "@/components/forms/contact-fields";
import { FormAlert } from "@/components/forms/fields";
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
  return (
    <form ref={formRef} action={action} className="account-form" noValidate>
      {state.formError && <FormAlert>{message(state.formError)}</FormAlert>}
      <p className="account-form__status" role="status">
        {state.ok && ta("addressSaved")}
      </p>
      <div key={state.seq} className="account-form__fields">
        <ContactFields
          idPrefix="address"
          state={state}
          message={message}
          labels={{ fullName: t("fullName"), phone: { label: t("phone"), hint: t("phoneHint") } }}
        />
        <AddressFields idPrefix="address" state={state} message={message} province={province} communes={communes} />
      </div>
      <SubmitButton pendingLabel={ta("saving")} className="button">
        {ta("saveAddress")}
      </SubmitButton>
    </form>
  );
}

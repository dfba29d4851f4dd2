"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { addAddressAction } from "./actions";
import { AddressFields, ContactFields } from "@/components/forms/contact-fields";
import { FormAlert } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { initialFormState } from "@/lib/form-state";
import type { PlaceChoices } from "@/lib/address-places";
import type { AddressField } from "@/lib/validation";

interface AddressFormProps {
  places: PlaceChoices;
}

/** Adds a delivery address anywhere in Vietnam to the customer's address book. */
export function AddressForm({ places }: AddressFormProps) {
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
        <AddressFields idPrefix="address" state={state} message={message} places={places} />
      </div>
      <SubmitButton pendingLabel={ta("saving")} className="button">
        {ta("saveAddress")}
      </SubmitButton>
    </form>
  );
}

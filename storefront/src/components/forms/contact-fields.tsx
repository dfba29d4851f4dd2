import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { PlaceChoices } from "@/lib/address-places";
import type { FormState, Problem } from "@/lib/form-state";
import { TextField } from "./fields";
import { EmailField, NameField, PhoneField } from "./person-fields";
import { PlacePicker } from "./place-picker";

// Who to reach and where to deliver: the fields the checkout, the booking contact
// step and the address book ask alike. Their names are what the server actions
// read; the ids are `${idPrefix}-email`, `-name`, `-phone`, `-province`, `-commune`, `-street`.

interface FieldValues {
  idPrefix: string;
  /** The form's last answer: what to show again and what was wrong. */
  state: Pick<FormState, "values" | "errors">;
  message: (problem: Problem | null | undefined) => string | null;
}

interface ContactFieldsProps extends FieldValues {
  labels: {
    /** Without it, no email field (the address book knows the customer's). */
    email?: { label: ReactNode; hint?: ReactNode };
    fullName: ReactNode;
    phone: { label: ReactNode; hint?: ReactNode };
  };
}

/** Email (optional), full name and phone. */
export function ContactFields({ idPrefix, state, message, labels }: ContactFieldsProps) {
  return (
    <>
      {labels.email && (
        <EmailField
          id={`${idPrefix}-email`}
          label={labels.email.label}
          hint={labels.email.hint}
          defaultValue={state.values.email ?? ""}
          error={message(state.errors.email)}
        />
      )}
      <NameField id={`${idPrefix}-name`} label={labels.fullName} defaultValue={state.values.fullName ?? ""} error={message(state.errors.fullName)} />
      <PhoneField
        id={`${idPrefix}-phone`}
        label={labels.phone.label}
        hint={labels.phone.hint}
        defaultValue={state.values.phone ?? ""}
        error={message(state.errors.phone)}
      />
    </>
  );
}

interface AddressFieldsProps extends FieldValues {
  places: PlaceChoices;
  /** Also explain the province and the commune (the checkout does; the address book is terse). */
  explained?: boolean;
}

/** The province, then its ward, commune or special zone (with a search), and the street. */
export function AddressFields({ idPrefix, state, message, places, explained = false }: AddressFieldsProps) {
  // Its texts are the checkout's wherever it is used, so it reads them itself.
  const t = useTranslations("Checkout");
  return (
    <>
      <PlacePicker
        idPrefix={idPrefix}
        places={places}
        provinceCode={state.values.provinceCode}
        communeCode={state.values.communeCode}
        provinceError={message(state.errors.provinceCode)}
        communeError={message(state.errors.communeCode)}
        explained={explained}
      />
      <TextField
        id={`${idPrefix}-street`}
        name="street"
        label={t("street")}
        hint={t("streetHint")}
        autoComplete="street-address"
        required
        maxLength={200}
        defaultValue={state.values.street ?? ""}
        error={message(state.errors.street)}
      />
    </>
  );
}

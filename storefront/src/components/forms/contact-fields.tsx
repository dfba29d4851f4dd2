import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { CommuneGroup } from "@/components/checkout/commune-options";
import type { FormState, Problem } from "@/lib/form-state";
import { SelectField, TextField } from "./fields";
import { EmailField, NameField, PhoneField } from "./person-fields";

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
  province: string;
  communes: readonly CommuneGroup[];
  /** Also explain the province and the commune (the checkout does; the address book is terse). */
  explained?: boolean;
}

/** The province (fixed: we deliver in Quảng Ninh only), the commune and the street. */
export function AddressFields({ idPrefix, state, message, province, communes, explained = false }: AddressFieldsProps) {
  // Its texts are the checkout's wherever it is used, so it reads them itself.
  const t = useTranslations("Checkout");
  return (
    <>
      <TextField
        id={`${idPrefix}-province`}
        name="province"
        label={t("province")}
        hint={explained ? t("provinceHint") : undefined}
        readOnly
        value={province}
      />
      <SelectField
        id={`${idPrefix}-commune`}
        name="communeCode"
        label={t("commune")}
        hint={explained ? t("communeHint") : undefined}
        required
        defaultValue={state.values.communeCode ?? ""}
        error={message(state.errors.communeCode)}
      >
        <option value="">{t("communePlaceholder")}</option>
        <CommuneOptions communes={communes} />
      </SelectField>
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

/** Quảng Ninh's wards, communes and special zones as options, grouped by kind. */
export function CommuneOptions({ communes }: { communes: readonly CommuneGroup[] }) {
  return communes.map((group) => (
    <optgroup key={group.label} label={group.label}>
      {group.options.map((option) => (
        <option key={option.code} value={option.code}>
          {option.label}
        </option>
      ))}
    </optgroup>
  ));
}

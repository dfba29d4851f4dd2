"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { saveGuestDeliveryAction } from "./guest-actions";
import { AddressFields } from "@/components/forms/contact-fields";
import { FormAlert } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import type { PlaceChoices } from "@/lib/address-places";
import { initialFormState } from "@/lib/form-state";
import styles from "./partner.module.css";

interface GuestDeliveryFormProps {
  initial: { accepts: boolean; street: string; provinceCode: string; communeCode: string };
  places: PlaceChoices;
}

/** The partner's setting: accept deliveries for its guests, at its address (province, then commune, then street). */
export function GuestDeliveryForm({ initial, places }: GuestDeliveryFormProps) {
  const t = useTranslations("PartnerPortal.guests");
  const [state, action] = useActionState(
    saveGuestDeliveryAction,
    initialFormState({ ...initial, accepts: initial.accepts ? "on" : "" }),
  );
  const [accepts, setAccepts] = useState(initial.accepts);
  const { formRef, message } = useFormFeedback(state);
  return (
    <form ref={formRef} action={action} className="checkout-form guest-delivery-form" noValidate>
      {state.formError && <FormAlert>{message(state.formError)}</FormAlert>}
      {state.ok && state.seq > 0 && (
        <p className="notice notice--success" role="status">
          {t("saved")}
        </p>
      )}
      <div className={`field ${styles.check}`}>
        <input
          type="checkbox"
          name="accepts"
          id="guest-accepts"
          checked={accepts}
          onChange={(e) => setAccepts(e.target.checked)}
          aria-describedby="guest-accepts-hint"
        />
        <label htmlFor="guest-accepts">{t("accepts")}</label>
        <p id="guest-accepts-hint" className="field__hint">
          {t("acceptsHint")}
        </p>
      </div>
      {accepts && (
        <div key={state.seq} className="checkout-form__fields">
          <AddressFields idPrefix="guest" state={state} message={message} places={places} />
        </div>
      )}
      <SubmitButton pendingLabel={t("saving")} className="button">
        {t("save")}
      </SubmitButton>
    </form>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { SelectField, TextField } from "@/components/forms/fields";
import type { FormState, Problem } from "@/lib/form-state";
import type { GuestPartnerChoice } from "@/lib/types";

interface GuestDeliveryFieldsProps {
  partners: readonly GuestPartnerChoice[];
  state: Pick<FormState, "values" | "errors">;
  message: (problem: Problem | null | undefined) => string | null;
}

/**
 * Instead of an address: the hotel or cruise (one that accepts deliveries for its guests) and the
 * guest's room or booking name. Loaded only when the buyer chooses it (details-form.tsx), so it
 * costs the checkout's first load nothing.
 */
export function GuestDeliveryFields({ partners, state, message }: GuestDeliveryFieldsProps) {
  const t = useTranslations("Checkout");
  return (
    <>
      <SelectField
        id="checkout-partner"
        name="partnerId"
        label={t("guestPartner")}
        hint={t("guestPartnerHint")}
        required
        defaultValue={state.values.partnerId ?? ""}
        error={message(state.errors.partnerId)}
      >
        <option value="">{t("guestPartnerChoose")}</option>
        {partners.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name} — {p.address}
          </option>
        ))}
      </SelectField>
      <TextField
        id="checkout-room"
        name="room"
        label={t("room")}
        hint={t("roomHint")}
        required
        maxLength={80}
        defaultValue={state.values.room ?? ""}
        error={message(state.errors.room)}
      />
    </>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormAlert, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import type { BookingView } from "@/lib/experiences/booking";
import { changeBookingAction } from "./actions";
import { initialBookingState, type BookingProblem } from "./booking-state";

interface BookingLineFormProps {
  lineId: string;
  booking: BookingView;
  productTitle: string;
}

/** A booking's number of people with Update and Remove, on the cart page (the date stays). */
export function BookingLineForm({ lineId, booking, productTitle }: BookingLineFormProps) {
  const t = useTranslations("Booking");
  const [state, action] = useActionState(changeBookingAction, initialBookingState({ partySize: String(booking.partySize) }));
  const message = (p: BookingProblem | null | undefined) => (p ? t(`errors.${p.key}`, p.values ?? {}) : null);
  const shown = state.ok || state.seq === 0 ? String(booking.partySize) : (state.values.partySize ?? String(booking.partySize));
  return (
    <form action={action} className="cart-line__form" noValidate>
      <input type="hidden" name="line_id" value={lineId} />
      <input type="hidden" name="date" value={booking.date} />
      {state.formError && <FormAlert>{message(state.formError)}</FormAlert>}
      <TextField
        key={`${booking.partySize}-${state.seq}`}
        id={`party-size-${lineId}`}
        name="partySize"
        type="number"
        inputMode="numeric"
        min={1}
        label={
          <>
            {t("linePartySize")}
            <span className="visually-hidden">, {productTitle}</span>
          </>
        }
        defaultValue={shown}
        error={message(state.errors.partySize ?? state.errors.date)}
        className="cart-line__quantity"
      />
      <div className="cart-line__buttons">
        <SubmitButton name="intent" value="update" pendingLabel={t("updating")} className="button button--quiet button--small">
          {t("update")}
          <span className="visually-hidden"> {productTitle}</span>
        </SubmitButton>
        <SubmitButton name="intent" value="remove" pendingLabel={t("removing")} className="button button--text button--small">
          {t("remove")}
          <span className="visually-hidden"> {productTitle}</span>
        </SubmitButton>
      </div>
    </form>
  );
}

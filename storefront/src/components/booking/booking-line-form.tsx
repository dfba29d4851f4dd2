"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { LineQuantity } from "@/components/cart/line-quantity";
import { FormAlert } from "@/components/forms/fields";
import type { BookingView } from "@/lib/experiences/booking";
import { changeBookingAction } from "./actions";
import { initialBookingState, type BookingProblem } from "./booking-state";
import { useAnnounceCartChange } from "@/components/layout/cart-events";

interface BookingLineFormProps {
  lineId: string;
  booking: BookingView;
  productTitle: string;
}

/** A booking's number of people with Update and Remove, on the cart page (the date stays). */
export function BookingLineForm({ lineId, booking, productTitle }: BookingLineFormProps) {
  const t = useTranslations("Booking");
  const [state, action] = useActionState(changeBookingAction, initialBookingState({ partySize: String(booking.partySize) }));
  useAnnounceCartChange(state.ok, state.seq);
  const message = (p: BookingProblem | null | undefined) => (p ? t(`errors.${p.key}`, p.values ?? {}) : null);
  return (
    <form action={action} className="cart-line__form" noValidate>
      <input type="hidden" name="line_id" value={lineId} />
      <input type="hidden" name="date" value={booking.date} />
      {booking.slot && <input type="hidden" name="slot" value={booking.slot} />}
      {state.formError && <FormAlert>{message(state.formError)}</FormAlert>}
      <LineQuantity
        id={`party-size-${lineId}`}
        name="partySize"
        label={t("linePartySize")}
        productTitle={productTitle}
        saved={booking.partySize}
        answer={state}
        typed={state.values.partySize}
        min={1}
        error={message(state.errors.partySize ?? state.errors.date ?? state.errors.slot)}
        texts={{ update: t("update"), updating: t("updating"), remove: t("remove"), removing: t("removing") }}
      />
    </form>
  );
}

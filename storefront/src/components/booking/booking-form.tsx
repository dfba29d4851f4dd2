"use client";

import { addDays } from "@/lib/core-client";
import { useFormatter, useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { AddedStatus } from "@/components/cart/added-status";
import { FormAlert, SelectField, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { usePathname, useRouter } from "@/i18n/navigation";
import type { ScheduleView } from "@/lib/experiences/server";
import { bookAction } from "./actions";
import { BookingSlots, ScheduleNotes } from "./booking-slots";
import { initialBookingState, type BookingProblem } from "./booking-state";
import { useAnnounceCartChange } from "@/components/layout/cart-events";

export interface TicketOption {
  id: string;
  /** "Người lớn – 350.000 ₫ / người". */
  label: string;
}

interface BookingFormProps {
  tickets: readonly TicketOption[];
  selectedTicket: string;
  /** Places per date; null when availability could not be loaded (the backend still checks). */
  capacity: number | null;
  /** Places left by date, for the dates the backend reported. */
  remaining: Readonly<Record<string, number>>;
  /** The producer's booking calendar: closed days and time slots (null: dates and places only). */
  schedule: ScheduleView | null;
  today: string;
}

/**
 * An experience (OCOP group 6) is booked instead of shipped: ticket type, date and number of
 * people. Works as a plain form post before hydration; the backend checks everything again.
 */
export function BookingForm({ tickets, selectedTicket, capacity, remaining, schedule, today }: BookingFormProps) {
  const t = useTranslations("Booking");
  const format = useFormatter();
  const [state, action] = useActionState(bookAction, initialBookingState({ ticket: selectedTicket, partySize: "1" }));
  useAnnounceCartChange(state.ok, state.seq);
  const [date, setDate] = useState(state.values.date ?? "");
  const [slot, setSlot] = useState(state.values.slot ?? "");
  const message = (p: BookingProblem | null | undefined) => (p ? t(`errors.${p.key}`, p.values ?? {}) : null);
  const router = useRouter();
  const pathname = usePathname();
  // The page's headline price follows the chosen ticket (the server renders it for ?variant=). The
  // query is read when a ticket is chosen, not with useSearchParams: the product page is kept whole in
  // the page cache, where that hook would leave the form to the browser alone.
  const chooseTicket = (id: string) => {
    const params = new URLSearchParams(window.location.search);
    params.set("variant", id);
    router.replace(`${pathname}?${params.toString()}`, { scroll: false });
  };
  const shownDate = (d: string) => format.dateTime(new Date(`${d}T00:00:00Z`), { dateStyle: "full", timeZone: "UTC" });
  const closed = !!(date && schedule?.closed[date]);
  const left = date && !closed ? remaining[date] : undefined;
  return (
    <form action={action} className="add-to-cart booking-form" noValidate aria-labelledby="booking-form-title">
      <h2 id="booking-form-title" className="variant-picker__title">
        {t("title")}
      </h2>
      <p className="booking-form__intro">{t("intro")}</p>
      {capacity && <input type="hidden" name="capacity" value={capacity} />}
      {state.formError && <FormAlert>{message(state.formError)}</FormAlert>}
      <div key={state.seq} className="checkout-form__fields">
        <SelectField id="booking-ticket" name="ticket" label={t("ticket")} defaultValue={state.values.ticket ?? selectedTicket} onChange={(e) => chooseTicket(e.currentTarget.value)} error={message(state.errors.ticket)}>
          {tickets.map((ticket) => (
            <option key={ticket.id} value={ticket.id}>
              {ticket.label}
            </option>
          ))}
        </SelectField>
        <TextField
          id="booking-date"
          name="date"
          type="date"
          label={t("date")}
          hint={t("dateHint")}
          min={today}
          max={addDays(today, 365)}
          required
          value={date}
          onChange={(e) => {
            setDate(e.currentTarget.value);
            setSlot("");
          }}
          error={message(state.errors.date)}
        />
        {schedule && (
          <BookingSlots schedule={schedule} date={date} shownDate={date ? shownDate(date) : ""} slot={slot} onSlot={setSlot} error={message(state.errors.slot)} />
        )}
        <TextField
          id="booking-party-size"
          name="partySize"
          type="number"
          inputMode="numeric"
          label={t("partySize")}
          hint={capacity ? t("partySizeHint", { count: capacity }) : undefined}
          min={1}
          max={capacity ?? undefined}
          required
          defaultValue={state.values.partySize ?? "1"}
          error={message(state.errors.partySize)}
        />
      </div>
      {schedule && <ScheduleNotes schedule={schedule} shownDate={shownDate} />}
      <p className="booking-form__places" aria-live="polite">
        {left !== undefined &&
          (left > 0 ? t("placesLeft", { count: left, date: shownDate(date) }) : t("dateFullNotice", { date: shownDate(date) }))}
      </p>
      <SubmitButton pendingLabel={t("booking")} className="button add-to-cart__button">
        {t("book")}
      </SubmitButton>
      <AddedStatus ok={state.ok} done={t("booked")} viewCart={t("viewCart")} />
    </form>
  );
}

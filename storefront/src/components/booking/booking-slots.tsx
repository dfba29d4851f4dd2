"use client";

import { useTranslations } from "next-intl";
import type { ScheduleView } from "@/lib/experiences/server";

type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

interface BookingSlotsProps {
  schedule: ScheduleView;
  date: string;
  /** The chosen date as people read it. */
  shownDate: string;
  slot: string;
  onSlot: (time: string) => void;
  error: string | null;
}

/**
 * What the producer's booking calendar (issue #19) says about the chosen date: why it is closed,
 * or its times with the places left (a full or closed time cannot be chosen).
 */
export function BookingSlots({ schedule, date, shownDate, slot, onSlot, error }: BookingSlotsProps) {
  const t = useTranslations("Booking");
  const closed = date ? schedule.closed[date] : undefined;
  const slots = date ? (schedule.slots[date] ?? []) : [];
  if (closed) {
    return (
      <p className="booking-form__closed field__error" role="status">
        {t("closedDay", { date: shownDate, reason: t(`closedReason.${closed}`, { hours: schedule.minNoticeHours }) })}
      </p>
    );
  }
  const offersTimes = Object.values(schedule.slots).some((s) => s.length > 0);
  if (!offersTimes) return null;
  return (
    <fieldset className="choices booking-form__slots" aria-describedby={`booking-slot-hint${error ? " booking-slot-error" : ""}`}>
      <legend className="choices__legend">{t("time")}</legend>
      <p id="booking-slot-hint" className="field__hint">
        {date ? t("timeHint") : t("chooseDateFirst")}
      </p>
      {error && (
        <p id="booking-slot-error" className="field__error">
          {error}
        </p>
      )}
      {slots.map((s) => (
        <label key={s.time} className="choice-card booking-form__slot">
          <input
            type="radio"
            name="slot"
            value={s.time}
            checked={slot === s.time}
            disabled={!!s.closed || s.remaining === 0}
            onChange={() => onSlot(s.time)}
            required
          />
          <span className="choice-card__name">
            {s.closed ? t("slotClosed", { time: s.time }) : t("slotOption", { time: s.time, count: s.remaining })}
          </span>
        </label>
      ))}
    </fieldset>
  );
}

/** The calendar's standing rules under the form: weekly closed days, notice, the next days off. */
export function ScheduleNotes({ schedule, shownDate }: { schedule: ScheduleView; shownDate: (d: string) => string }) {
  const t = useTranslations("Booking");
  const daysOff = Object.entries(schedule.closed)
    .filter(([, why]) => why === "day_off")
    .map(([d]) => d)
    .sort()
    .slice(0, 5);
  return (
    <ul className="booking-form__rules">
      {schedule.closedWeekdays.length > 0 && (
        <li>{t("weeklyClosedNote", { days: schedule.closedWeekdays.map((d) => t(`weekdays.${d as Weekday}`)).join(", ") })}</li>
      )}
      {schedule.minNoticeHours > 0 && <li>{t("noticeNote", { hours: schedule.minNoticeHours })}</li>}
      {daysOff.length > 0 && <li className="booking-form__days-off">{t("daysOffNote", { dates: daysOff.map(shownDate).join("; ") })}</li>}
    </ul>
  );
}

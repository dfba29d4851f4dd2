import { useFormatter, useTranslations } from "next-intl";
import type { BookingView } from "@/lib/experiences/booking";

/** A booking's date, time (when the experience has times) and party size, on cart, checkout and order lines. */
export function BookingSummary({ booking }: { booking: BookingView }) {
  const t = useTranslations("Booking");
  const format = useFormatter();
  const date = format.dateTime(new Date(`${booking.date}T00:00:00Z`), { dateStyle: "full", timeZone: "UTC" });
  return (
    <p className="cart-line__variant booking-summary">
      <span className="booking-summary__date">{t("lineDate", { date })}</span>
      {booking.slot && (
        <>
          {" · "}
          <span className="booking-summary__time">{t("lineTime", { time: booking.slot })}</span>
        </>
      )}
      {" · "}
      <span className="booking-summary__people">{t("people", { count: booking.partySize })}</span>
    </p>
  );
}

import { useFormatter, useTranslations } from "next-intl";
import type { BookingView } from "@/lib/experiences/booking";

/** A booking's date and party size, on cart, checkout and order lines. */
export function BookingSummary({ booking }: { booking: BookingView }) {
  const t = useTranslations("Booking");
  const format = useFormatter();
  const date = format.dateTime(new Date(`${booking.date}T00:00:00Z`), { dateStyle: "full", timeZone: "UTC" });
  return (
    <p className="cart-line__variant booking-summary">
      <span className="booking-summary__date">{t("lineDate", { date })}</span>
      {" · "}
      <span className="booking-summary__people">{t("people", { count: booking.partySize })}</span>
    </p>
  );
}

import { getLocale, getTranslations } from "next-intl/server";
import { getAvailability } from "@/lib/experiences/server";
import { todayInVietnam } from "@/lib/experiences/booking";
import { formatMoney } from "@/lib/money";
import type { ProductDetail } from "@/lib/types";
import { BookingForm } from "./booking-form";

/** The product page's booking block for an experience, with the places left per date. */
export async function ProductBooking({ product, selectedId }: { product: ProductDetail; selectedId: string }) {
  const [locale, t, availability] = await Promise.all([getLocale(), getTranslations("Booking"), getAvailability(product.id)]);
  const tickets = product.variants
    .filter((v) => v.price)
    .map((v) => ({ id: v.id, label: t("ticketOption", { name: v.title, price: formatMoney(v.price!, locale as "vi" | "en") }) }));
  if (!tickets.length) return null;
  return (
    <BookingForm
      tickets={tickets}
      selectedTicket={tickets.some((x) => x.id === selectedId) ? selectedId : tickets[0]!.id}
      capacity={availability.ok ? availability.data.capacity : null}
      remaining={availability.ok ? availability.data.remaining : {}}
      schedule={availability.ok ? availability.data.schedule : null}
      today={todayInVietnam()}
    />
  );
}

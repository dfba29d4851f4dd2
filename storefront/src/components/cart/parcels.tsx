import { useTranslations } from "next-intl";
import { Price } from "@/components/product/price";
import type { ParcelView } from "@/lib/types";

/** Weight as people say it: grams below a kilo, else kilos with one decimal. */
export function formatWeight(grams: number, locale: string): string {
  return grams < 1000
    ? `${grams} g`
    : `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(grams / 1000)} kg`;
}

/**
 * The parcels of a cart or order: one per producer, each with its weight and shipping price
 * (issue #13). A server component: it adds nothing to the checkout's JavaScript.
 */
export function ParcelList({ parcels, locale }: { parcels: readonly ParcelView[]; locale: string }) {
  const t = useTranslations("Shipping");
  if (parcels.length === 0) return null;
  return (
    <div className="parcels" data-testid="parcels">
      <p className="parcels__title">{t("parcelsTitle", { count: parcels.length })}</p>
      <ul className="parcels__list">
        {parcels.map((parcel) => (
          <li key={parcel.producerHandle} className="parcels__item" data-producer={parcel.producerHandle}>
            <span>{t("parcel", { producer: parcel.producerName ?? parcel.producerHandle, weight: formatWeight(parcel.weightG, locale) })}</span>
            <Price money={parcel.amount} className="price price--plain" />
          </li>
        ))}
      </ul>
    </div>
  );
}

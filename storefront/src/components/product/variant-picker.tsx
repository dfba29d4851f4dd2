import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { ProductVariantView } from "@/lib/types";
import { Price } from "./price";

interface VariantPickerProps {
  handle: string;
  variants: readonly ProductVariantView[];
  selectedId: string;
}

/** Each variant with its price, as links (?variant=id): works without JavaScript. */
export function VariantPicker({ handle, variants, selectedId }: VariantPickerProps) {
  const t = useTranslations("Product");
  return (
    <nav className="variant-picker" aria-labelledby="variant-picker-title">
      <h2 id="variant-picker-title" className="variant-picker__title">
        {t("variants")}
      </h2>
      <ul className="variant-picker__list">
        {variants.map((variant) => (
          <li key={variant.id}>
            <Link
              href={{ pathname: `/products/${handle}`, query: { variant: variant.id } }}
              className="variant-picker__option"
              aria-current={variant.id === selectedId ? "true" : undefined}
              scroll={false}
              replace
            >
              <span className="variant-picker__name">{variant.title}</span>
              <Price money={variant.price} className="price variant-picker__price" />
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

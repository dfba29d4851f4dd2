import { useTranslations } from "next-intl";
import { BookingLineForm } from "@/components/booking/booking-line-form";
import { BookingSummary } from "@/components/booking/booking-summary";
import { Price } from "@/components/product/price";
import { ProductImage } from "@/components/product/product-image";
import { Link } from "@/i18n/navigation";
import type { CartLineView } from "@/lib/types";
import { CartLineForm } from "./cart-line-form";

interface CartLinesProps {
  lines: readonly CartLineView[];
  /** Quantity forms on the cart page; plain quantities on the checkout and order pages. */
  editable?: boolean;
}

function LineTitle({ line }: { line: CartLineView }) {
  return line.productHandle ? (
    <Link href={`/products/${line.productHandle}`} className="cart-line__title">
      {line.productTitle}
    </Link>
  ) : (
    <span className="cart-line__title">{line.productTitle}</span>
  );
}

export function CartLines({ lines, editable = false }: CartLinesProps) {
  const t = useTranslations("Cart");
  return (
    <ul className={`cart-lines${editable ? "" : " cart-lines--compact"}`}>
      {lines.map((line) => (
        <li key={line.id} className="cart-line">
          <div className="cart-line__media">
            <ProductImage src={line.thumbnail} alt="" sizes="96px" emptyLabel={t("noImage")} />
          </div>
          <div className="cart-line__body">
            <LineTitle line={line} />
            {line.variantTitle && <p className="cart-line__variant">{line.variantTitle}</p>}
            {line.booking && <BookingSummary booking={line.booking} />}
            <p className="cart-line__unit">
              {t("unitPrice")}: <Price money={line.unitPrice} className="price price--small" />
            </p>
            {editable && line.booking ? (
              <BookingLineForm lineId={line.id} booking={line.booking} productTitle={line.productTitle} />
            ) : editable ? (
              <CartLineForm
                lineId={line.id}
                variantId={line.variantId}
                quantity={line.quantity}
                productTitle={line.productTitle}
              />
            ) : (
              <p className="cart-line__count">{t("quantityValue", { count: line.quantity })}</p>
            )}
          </div>
          <p className="cart-line__total">
            <span className="visually-hidden">{t("lineTotal")}: </span>
            <Price money={line.total} />
          </p>
        </li>
      ))}
    </ul>
  );
}

import { useLocale, useTranslations } from "next-intl";
import type { AppLocale } from "@/i18n/routing";
import { unitName } from "@/lib/places";
import { FavouriteButton } from "@/components/favourites/favourite-button";
import { Link } from "@/i18n/navigation";
import type { BuyersRating, ProductSummary } from "@/lib/types";
import { Price } from "./price";
import { ProductImage } from "./product-image";
import { StarsBadge } from "./stars-badge";

const CARD_SIZES = "(min-width: 1100px) 260px, (min-width: 700px) 33vw, 50vw";

/** Buyers' average and count, worded apart from the OCOP stars badge above the title. */
function BuyersRatingLine({ rating }: { rating: BuyersRating }) {
  const t = useTranslations("Reviews");
  const values = { average: rating.average, count: rating.count };
  return (
    <p className="product-card__rating">
      <span role="img" aria-label={t("cardLabel", values)}>
        {t("card", values)}
      </span>
    </p>
  );
}

export function ProductCard({ product }: { product: ProductSummary }) {
  const t = useTranslations("Product");
  const commune = unitName(product.ocop?.communeCode, useLocale() as AppLocale);
  return (
    <article className="product-card">
      <div className="product-card__media">
        {/* The title link names the product; the image repeats it, so its alt stays empty. */}
        <ProductImage src={product.thumbnail} alt="" sizes={CARD_SIZES} emptyLabel={t("noImage")} />
      </div>
      <div className="product-card__body">
        {product.ocop && <StarsBadge stars={product.ocop.stars} />}
        <h3 className="product-card__title">
          <Link href={`/products/${product.handle}`} className="product-card__link">
            {product.title}
          </Link>
        </h3>
        {product.producerName && <p className="product-card__producer">{product.producerName}</p>}
        {commune && <p className="product-card__origin">{commune}</p>}
        {product.rating && <BuyersRatingLine rating={product.rating} />}
        <Price money={product.price} from={product.priceVaries} className="price product-card__price" />
      </div>
      {/* After the title link in the keyboard's order; drawn over the photo. */}
      <FavouriteButton productId={product.id} title={product.title} look="card" />
    </article>
  );
}

import { useTranslations } from "next-intl";
import { FavouriteButton } from "@/components/favourites/favourite-button";
import { Price } from "@/components/product/price";
import { ProductImage } from "@/components/product/product-image";
import { StarsBadge } from "@/components/product/stars-badge";
import type { ProductSummary } from "@/lib/types";

const CARD_SIZES = "(min-width: 1100px) 260px, (min-width: 700px) 33vw, 50vw";

interface ShelfProductCardProps {
  product: ProductSummary;
  /** Where the card leads, with the partner's ?ref= already in it. */
  href: string;
  /** In the embed: open the shop in a new tab, and say so. */
  newTabNote?: string;
}

/** The shop's product card, with a link chosen by the shelf (plain <a>: it may leave the frame). */
export function ShelfProductCard({ product, href, newTabNote }: ShelfProductCardProps) {
  const t = useTranslations("Product");
  return (
    <article className="product-card">
      <div className="product-card__media">
        <ProductImage src={product.thumbnail} alt="" sizes={CARD_SIZES} emptyLabel={t("noImage")} />
      </div>
      <div className="product-card__body">
        {product.ocop && <StarsBadge stars={product.ocop.stars} />}
        <h3 className="product-card__title">
          <a href={href} className="product-card__link" {...(newTabNote ? { target: "_blank", rel: "noopener" } : {})}>
            {product.title}
            {newTabNote && <span className="visually-hidden"> {newTabNote}</span>}
          </a>
        </h3>
        {product.producerName && <p className="product-card__producer">{product.producerName}</p>}
        <Price money={product.price} className="price product-card__price" />
      </div>
      {/* Not in the embed: a third-party page's frame keeps its own storage, apart from the shop's. */}
      {!newTabNote && <FavouriteButton productId={product.id} title={product.title} look="card" />}
    </article>
  );
}

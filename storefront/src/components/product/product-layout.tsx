import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Link } from "@/i18n/navigation";
import type { ProductImageView } from "@/lib/types";
import { ProductGallery } from "./product-gallery";

export interface ProductHeadingInput {
  title: string;
  subtitle: string | null;
  images: ProductImageView[];
  producerName: string | null;
  producerHandle: string | null;
}

/**
 * The top of a product page, on sale or not: breadcrumb, gallery, title and producer; `children`
 * follow the producer in the information column.
 */
export function ProductLayout({ product, children }: { product: ProductHeadingInput; children: ReactNode }) {
  const t = useTranslations("Product");
  return (
    <>
      <nav aria-label={t("breadcrumb")} className="breadcrumb">
        <ol>
          <li>
            <Link href="/">{t("home")}</Link>
          </li>
          <li aria-current="page">{product.title}</li>
        </ol>
      </nav>
      <div className="product-page__layout">
        <ProductGallery title={product.title} images={product.images} />
        <div className="product-page__info">
          <h1 className="product-page__title">{product.title}</h1>
          {product.subtitle && <p className="product-page__subtitle">{product.subtitle}</p>}
          {product.producerName && (
            <p className="product-page__producer">
              {t("producer")}:{" "}
              {product.producerHandle ? (
                <Link href={`/producers/${product.producerHandle}`} className="product-page__producer-link">
                  <strong>{product.producerName}</strong>
                </Link>
              ) : (
                <strong>{product.producerName}</strong>
              )}
            </p>
          )}
          {children}
        </div>
      </div>
    </>
  );
}

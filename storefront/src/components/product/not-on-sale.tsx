import { getGroup } from "@ocop/core";
import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { ProductSummary, UnavailableProduct } from "@/lib/types";
import { ProductLayout } from "./product-layout";
import { ProductGrid } from "./product-grid";

/**
 * The page of a product that is not on sale: labels and stamps in shops point at it, so it says
 * why and offers certified products of the same group instead of an add-to-cart.
 */
export function NotOnSale({ product, alternatives }: { product: UnavailableProduct; alternatives: readonly ProductSummary[] }) {
  const t = useTranslations("Product");
  const locale = useLocale();
  const group = product.groupSlug ? getGroup(product.groupSlug) : undefined;
  const expiredOn = product.expiredOn ? new Date(`${product.expiredOn}T00:00:00+07:00`) : null;
  return (
    <div className="container product-page">
      <ProductLayout product={product}>
          <section className="not-on-sale" role="status" aria-labelledby="not-on-sale-title" data-reason={product.reason}>
            <h2 id="not-on-sale-title" className="not-on-sale__title">
              {t("notOnSale.title")}
            </h2>
            <p className="not-on-sale__reason">
              {product.reason === "certificate_expired" && expiredOn
                ? t("notOnSale.reasons.certificate_expired", { date: expiredOn })
                : t(`notOnSale.reasons.${product.reason === "certificate_expired" ? "certificate_expired_undated" : product.reason}`)}
            </p>
            {product.decisionNumber && <p className="not-on-sale__decision">{t("decision", { number: product.decisionNumber })}</p>}
          </section>
      </ProductLayout>
      <section className="product-page__alternatives" aria-labelledby="alternatives-title">
        <h2 id="alternatives-title">
          {group ? t("notOnSale.alternatives", { group: group[locale] }) : t("notOnSale.alternativesAny")}
        </h2>
        {alternatives.length > 0 ? (
          <ProductGrid products={alternatives} />
        ) : (
          <p>
            <Link href="/search">{t("notOnSale.browse")}</Link>
          </p>
        )}
      </section>
    </div>
  );
}

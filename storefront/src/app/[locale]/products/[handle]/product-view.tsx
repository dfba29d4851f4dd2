import { isGroupSlug } from "@ocop/core";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { ProductBooking } from "@/components/booking/product-booking";
import { AddToCartForm } from "@/components/cart/add-to-cart-form";
import { BackendUnavailablePage } from "@/components/feedback/backend-notice";
import { CertificatePanel } from "@/components/product/certificate-panel";
import { BuyerReviews } from "@/components/product/buyer-reviews";
import { NotOnSale } from "@/components/product/not-on-sale";
import { Price } from "@/components/product/price";
import { FavouriteButton } from "@/components/favourites/favourite-button";
import { ProductLayout } from "@/components/product/product-layout";
import { ProductJsonLd, type ProductTrust } from "@/components/product/product-json-ld";
import { StockStatus } from "@/components/product/stock-status";
import { VariantPicker } from "@/components/product/variant-picker";
import { localeAlternates } from "@/i18n/alternates";
import { pageLocale } from "@/i18n/locale";
import { getPathname, Link } from "@/i18n/navigation";
import type { AppLocale } from "@/i18n/routing";
import { isExperience } from "@/lib/experiences/booking";
import { originLine } from "@/lib/places";
import { cheapestVariant } from "@/lib/product-map";
import { getProduct, getUnavailableProduct, lacksEnglish } from "@/lib/products";
import { getProductReviews, type ProductReviews } from "@/lib/reviews";
import { browseCatalog } from "@/lib/search";
import { siteUrl } from "@/lib/site-url";
import type { ProductDetail, ProductVariantView } from "@/lib/types";

/** The route params of a product page: `/[locale]/products/[handle]` and its `variant/[variant]` form. */
export interface ProductPageParams {
  params: Promise<{ locale: string; handle: string; variant?: string }>;
}

/**
 * The page's handle and variant as the backend knows them. Next hands pages kept in the page cache
 * their params still percent-encoded, so a handle with Vietnamese letters (Medusa makes one from an
 * admin's title, e.g. "trà-hoa-vàng") would be looked up encoded and answer 404.
 */
async function productParams(params: ProductPageParams["params"]): Promise<{ handle: string; variant?: string }> {
  const { handle, variant } = await params;
  return { handle: decodedParam(handle), ...(variant === undefined ? {} : { variant: decodedParam(variant) }) };
}

function decodedParam(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value; // A stray "%" is no encoding: look it up as it is (and find nothing).
  }
}

const DESCRIPTION_LENGTH = 160;
const ALTERNATIVES = 4;

/** A variant can be bought when it has a price here and is not sold out. */
function purchasable(variant: ProductVariantView | undefined): variant is ProductVariantView {
  return !!variant && !!variant.price && variant.stock.kind !== "out_of_stock";
}

function summary(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= DESCRIPTION_LENGTH ? flat : `${flat.slice(0, DESCRIPTION_LENGTH - 1).trimEnd()}…`;
}

/** The page's title, description and language alternates; never the variant's own address. */
export async function productMetadata({ params }: ProductPageParams): Promise<Metadata> {
  const locale = await pageLocale(params);
  const { handle } = await productParams(params);
  const result = await getProduct(handle, locale);
  // An outage page must not replace the product in search engines.
  if (!result.ok) return { robots: { index: false } };
  if (!result.data) {
    // Not on sale: the page still answers (printed QR codes), but search engines should drop it.
    const unavailable = await getUnavailableProduct(handle, locale);
    if (!unavailable.ok || !unavailable.data) return { robots: { index: false } };
    return { title: unavailable.data.title, robots: { index: false, follow: true } };
  }
  const product = result.data;
  const description = product.subtitle ?? product.description;
  return {
    title: product.title,
    ...(description ? { description: summary(description) } : {}),
    alternates: localeAlternates(`/products/${handle}`, locale),
    openGraph: { title: product.title, ...(product.thumbnail ? { images: [product.thumbnail] } : {}) },
  };
}

/**
 * A product's page. `?variant=` reaches it as the `variant` param: src/proxy.ts rewrites it to
 * `/products/{handle}/variant/{id}`, so each variant's page is kept in the page cache like the
 * product's, and the variant links work without JavaScript.
 */
export async function ProductView({ params }: ProductPageParams) {
  const locale = await pageLocale(params);
  const { handle, variant: requested } = await productParams(params);
  const t = await getTranslations({ locale, namespace: "Product" });
  const result = await getProduct(handle, locale);
  if (!result.ok) {
    return <BackendUnavailablePage title={handle} hideTitle />;
  }
  const product = result.data;
  if (!product) return <UnavailableProductPage handle={handle} locale={locale} />;

  // Buyers' ratings are not awaited here: the product, its price and the cart go out first, and what
  // shows the ratings (the JSON-LD too) streams in when they come; left out if the call fails.
  const ratings = getProductReviews(product.id).then((reviews) => (reviews.ok ? reviews.data : undefined));
  const untranslated = await lacksEnglish(handle, locale);
  // Without a choice in the address, the variant whose price the product's card shows.
  const selected = product.variants.find((v) => v.id === requested) ?? cheapestVariant(product.variants) ?? product.variants[0];
  const url = new URL(getPathname({ href: `/products/${handle}`, locale }), await siteUrl()).toString();
  const origin = originLine(product.certificate?.communeCode, locale);
  const originText =
    origin && product.certificate?.historicLocality
      ? t("originFormerly", { current: origin, historic: product.certificate.historicLocality })
      : origin;
  const certificateUrl = product.certificate?.id
    ? new URL(getPathname({ href: `/certificates/${product.certificate.id}`, locale }), await siteUrl()).toString()
    : null;

  return (
    <div className="container product-page">
      <Suspense fallback={null}>
        <RatedJsonLd product={product} url={url} trust={{ origin: originText, certificateUrl }} ratings={ratings} />
      </Suspense>
      <ProductLayout product={product}>
          {untranslated && (
            <p className="product-page__untranslated" role="note">
              {t("notTranslated")}
            </p>
          )}
          {origin && product.certificate?.communeCode && (
            <p className="product-page__origin">
              {t("origin")}:{" "}
              <Link href={`/search?commune=${product.certificate.communeCode}`} className="product-page__origin-link">
                {originText}
              </Link>
            </p>
          )}
          <Suspense fallback={null}>
            <BuyerRatingLink ratings={ratings} locale={locale} />
          </Suspense>
          <FavouriteButton productId={product.id} title={product.title} look="page" />
          <p className="product-page__price">
            <span className="visually-hidden">{t("price")}: </span>
            <Price money={selected?.price ?? product.price} className="price price--large" />
          </p>
          {isExperience(product) ? (
            // Group 6: booked for a date and party size, never shipped.
            selected && <ProductBooking product={product} selectedId={selected.id} />
          ) : (
            <>
              {selected && <StockStatus stock={selected.stock} />}
              {product.variants.length > 1 && selected && (
                <VariantPicker handle={product.handle} variants={product.variants} selectedId={selected.id} />
              )}
              {purchasable(selected) && (
                <AddToCartForm
                  key={selected.id}
                  variantId={selected.id}
                  maxQuantity={selected.stock.kind === "in_stock" ? selected.stock.quantity : null}
                />
              )}
            </>
          )}
          {product.certificate && <CertificatePanel certificate={product.certificate} />}
      </ProductLayout>
      {product.description && (
        <section className="product-page__description" aria-labelledby="description-title">
          <h2 id="description-title">{t("description")}</h2>
          {product.description.split(/\n{2,}/).map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
        </section>
      )}
      <Suspense fallback={null}>
        <StreamedBuyerReviews ratings={ratings} locale={locale} />
      </Suspense>
    </div>
  );
}

type Ratings = Promise<ProductReviews | undefined>;

async function RatedJsonLd({ ratings, ...props }: { product: ProductDetail; url: string; trust: ProductTrust; ratings: Ratings }) {
  return <ProductJsonLd {...props} ratings={await ratings} />;
}

/** "4,5 ★ (12 reviews)" under the title, a link to the reviews. */
async function BuyerRatingLink({ ratings: pending, locale }: { ratings: Ratings; locale: AppLocale }) {
  const ratings = await pending;
  if (!ratings || ratings.count === 0 || ratings.average === null) return null;
  const tr = await getTranslations({ locale, namespace: "Reviews" });
  return (
    <p className="product-page__buyer-rating">
      <a href="#buyer-reviews-title">
        {tr("short", { average: new Intl.NumberFormat(locale).format(ratings.average), count: ratings.count })}
      </a>
    </p>
  );
}

async function StreamedBuyerReviews({ ratings: pending, locale }: { ratings: Ratings; locale: AppLocale }) {
  const ratings = await pending;
  return ratings ? <BuyerReviews data={ratings} locale={locale} /> : null;
}

/** A product with a certificate record that is not on sale: why, and certified products of its group. 404 otherwise. */
async function UnavailableProductPage({ handle, locale }: { handle: string; locale: AppLocale }) {
  const result = await getUnavailableProduct(handle, locale);
  if (!result.ok) return <BackendUnavailablePage title={handle} hideTitle />;
  const product = result.data;
  if (!product) notFound();
  const group = isGroupSlug(product.groupSlug) ? product.groupSlug : undefined;
  const alternatives = await browseCatalog(group ? { group } : {}, locale, ALTERNATIVES);
  return <NotOnSale product={product} alternatives={alternatives.ok ? alternatives.data.products : []} />;
}

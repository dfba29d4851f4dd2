import { getProducerKind } from "@ocop/core";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { BackendUnavailablePage } from "@/components/feedback/backend-notice";
import { EmptyState } from "@/components/feedback/empty-state";
import { ProductGrid } from "@/components/product/product-grid";
import { localeAlternates } from "@/i18n/alternates";
import { pageLocale } from "@/i18n/locale";
import { Link } from "@/i18n/navigation";
import type { AppLocale } from "@/i18n/routing";
import { getProducer } from "@/lib/producers";
import { getProducerRating } from "@/lib/reviews";

interface ProducerPageProps {
  params: Promise<{ locale: string; handle: string }>;
}

const DESCRIPTION_LENGTH = 160;

function summary(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= DESCRIPTION_LENGTH ? flat : `${flat.slice(0, DESCRIPTION_LENGTH - 1).trimEnd()}…`;
}

export async function generateMetadata({ params }: ProducerPageProps): Promise<Metadata> {
  const locale = await pageLocale(params);
  const { handle } = await params;
  const result = await getProducer(handle);
  if (!result.ok) return { robots: { index: false } };
  if (!result.data) return {};
  const producer = result.data;
  const story = producer.story[locale] ?? producer.story.vi;
  return {
    title: producer.displayName,
    ...(story ? { description: summary(story) } : {}),
    alternates: localeAlternates(`/producers/${handle}`, locale),
  };
}

/** A producer ("chủ thể OCOP"): who they are, where they work, their story and their products on sale. */
export default async function ProducerPage({ params }: ProducerPageProps) {
  const locale = await pageLocale(params);
  const { handle } = await params;
  const t = await getTranslations({ locale, namespace: "Producer" });
  const result = await getProducer(handle);
  if (!result.ok) {
    return <BackendUnavailablePage title={handle} hideTitle />;
  }
  const producer = result.data;
  if (!producer) notFound();

  const kind = producer.kind ? getProducerKind(producer.kind) : undefined;
  // Buyers' ratings over its products, apart from the OCOP stars: streamed in, the page does not wait.
  const rating = getProducerRating(handle);
  // The story in the shopper's language, else the Vietnamese one (marked as such).
  const story = producer.story[locale] ?? producer.story.vi;
  const storyLang = producer.story[locale] ? undefined : "vi";
  // Its certified products on sale by stars, best first: "1 × 5 sao, 2 × 4 sao".
  const byStars = [5, 4, 3]
    .map((stars) => ({ stars, count: producer.products.filter((p) => p.ocop?.stars === stars).length }))
    .filter((s) => s.count > 0);

  return (
    <div className="container section producer-page">
      <nav aria-label={t("breadcrumb")} className="breadcrumb">
        <ol>
          <li>
            <Link href="/">{t("home")}</Link>
          </li>
          <li aria-current="page">{producer.displayName}</li>
        </ol>
      </nav>
      <header className="producer-page__head">
        {kind && <p className="producer-page__kind">{kind[locale]}</p>}
        <h1>{producer.displayName}</h1>
        {producer.legalName && producer.legalName !== producer.displayName && (
          <p className="producer-page__legal">{producer.legalName}</p>
        )}
        <dl className="producer-page__facts">
          {producer.communeName && (
            <div>
              <dt>{t("locality")}</dt>
              <dd>
                {producer.communeName}, {t("province")}
              </dd>
            </div>
          )}
          {producer.historicLocality && (
            <div>
              <dt>{t("formerly")}</dt>
              <dd lang="vi">{producer.historicLocality}</dd>
            </div>
          )}
          <div className="producer-page__certified">
            <dt>{t("certified")}</dt>
            <dd>
              {t("certifiedCount", { count: producer.products.length })}
              {byStars.length > 0 && `: ${byStars.map((s) => t("starsCount", s)).join(", ")}`}
            </dd>
          </div>
          <Suspense fallback={null}>
            <BuyerRating rating={rating} locale={locale} />
          </Suspense>
          {producer.website && (
            <div>
              <dt>{t("website")}</dt>
              <dd>
                <a href={producer.website} rel="noopener noreferrer nofollow" target="_blank">
                  {producer.website.replace(/^https?:\/\//i, "").replace(/\/$/, "")}
                </a>
              </dd>
            </div>
          )}
        </dl>
      </header>

      {story && (
        <section className="producer-page__story" aria-labelledby="story-title">
          <h2 id="story-title">{t("story")}</h2>
          <div lang={storyLang}>
            {story.split(/\n{2,}/).map((paragraph, index) => (
              <p key={index}>{paragraph}</p>
            ))}
          </div>
          {storyLang && <p className="producer-page__note">{t("storyInVietnamese")}</p>}
        </section>
      )}
      {producer.sampleData && <p className="notice notice--info">{t("sampleData")}</p>}

      <section className="section" aria-labelledby="producer-products-title">
        <div className="section__head">
          <h2 id="producer-products-title">{t("products", { count: producer.products.length })}</h2>
        </div>
        {producer.products.length > 0 ? (
          <ProductGrid products={producer.products} />
        ) : (
          <EmptyState>
            <p>{t("noProducts")}</p>
          </EmptyState>
        )}
      </section>
    </div>
  );
}

/** The buyers' average over the producer's products; left out if the call fails. */
async function BuyerRating({ rating: pending, locale }: { rating: ReturnType<typeof getProducerRating>; locale: AppLocale }) {
  const rating = await pending;
  if (!rating.ok || rating.data.count === 0 || rating.data.average === null) return null;
  const tr = await getTranslations({ locale, namespace: "Reviews" });
  return (
    <div className="producer-page__buyer-rating">
      <dt>{tr("title")}</dt>
      <dd>{tr("short", { average: new Intl.NumberFormat(locale).format(rating.data.average), count: rating.data.count })}</dd>
    </div>
  );
}

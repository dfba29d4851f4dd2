import { useLocale, useTranslations } from "next-intl";
import type { ProductImageView } from "@/lib/types";
import { ProductImage } from "./product-image";

const MAIN_SIZES = "(min-width: 900px) 560px, 100vw";
const THUMB_SIZES = "96px";

/** Every photo in the producer's order: the first large, the others as thumbnails; alt texts in the page's language. */
export function ProductGallery({ title, images }: { title: string; images: readonly ProductImageView[] }) {
  const t = useTranslations("Product");
  const locale = useLocale() === "en" ? "en" : "vi";
  // The producer's alt text in the page's language, else a generic one in that language.
  const altOf = (image: ProductImageView, number: number) => image.alt[locale] ?? t("imageAlt", { title, number });
  const [main, ...rest] = images;
  return (
    <section className="gallery" aria-label={t("gallery")}>
      <div className="gallery__main">
        <ProductImage
          src={main?.url ?? null}
          alt={main ? altOf(main, 1) : ""}
          sizes={MAIN_SIZES}
          eager
          emptyLabel={t("noImage")}
        />
      </div>
      {rest.length > 0 && (
        <ul className="gallery__thumbs">
          {rest.map((image, index) => (
            <li key={image.id} className="gallery__thumb">
              <ProductImage src={image.thumbUrl} alt={altOf(image, index + 2)} sizes={THUMB_SIZES} emptyLabel={t("noImage")} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

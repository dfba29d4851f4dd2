import { useTranslations } from "next-intl";
import type { ProductImageView } from "@/lib/types";
import { ProductImage } from "./product-image";

const MAIN_SIZES = "(min-width: 900px) 560px, 100vw";
const THUMB_SIZES = "96px";

export function ProductGallery({ title, images }: { title: string; images: readonly ProductImageView[] }) {
  const t = useTranslations("Product");
  const [main, ...rest] = images;
  return (
    <section className="gallery" aria-label={t("gallery")}>
      <div className="gallery__main">
        <ProductImage
          src={main?.url ?? null}
          alt={t("imageAlt", { title, number: 1 })}
          sizes={MAIN_SIZES}
          eager
          emptyLabel={t("noImage")}
        />
      </div>
      {rest.length > 0 && (
        <ul className="gallery__thumbs">
          {rest.map((image, index) => (
            <li key={image.id} className="gallery__thumb">
              <ProductImage
                src={image.url}
                alt={t("imageAlt", { title, number: index + 2 })}
                sizes={THUMB_SIZES}
                emptyLabel={t("noImage")}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

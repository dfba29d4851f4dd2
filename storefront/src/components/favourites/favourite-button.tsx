"use client";

import { useTranslations } from "next-intl";
import { toggleFavourite, useFavourites } from "./store";

interface FavouriteButtonProps {
  productId: string;
  title: string;
  /** "card": a round heart over the photo; "page": the heart with its word, on the product page. */
  look: "card" | "page";
}

/** The heart: a toggle button (aria-pressed) named with the product, shared state for every heart of the product. */
export function FavouriteButton({ productId, title, look }: FavouriteButtonProps) {
  const t = useTranslations("Favourites");
  const { ready, ids, failedId } = useFavourites();
  const on = ids.has(productId);
  return (
    <span className={`favourite favourite--${look}`}>
      <button
        type="button"
        className="favourite__button"
        aria-pressed={on}
        aria-label={t("button", { title })}
        // Until a customer's list is known the heart cannot tell whether it is on.
        disabled={!ready}
        onClick={() => void toggleFavourite(productId)}
      >
        <svg className="favourite__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M12 20.5s-7.5-4.6-9.3-9.4C1.5 7.8 3.6 4.5 7 4.5c2 0 3.6 1.1 5 3 1.4-1.9 3-3 5-3 3.4 0 5.5 3.3 4.3 6.6-1.8 4.8-9.3 9.4-9.3 9.4z" />
        </svg>
        {look === "page" && <span className="favourite__text">{t("buttonText")}</span>}
      </button>
      <span role="status" className={look === "page" ? "favourite__failed" : "visually-hidden"}>
        {failedId === productId ? t("failed") : ""}
      </span>
    </span>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef, type ReactNode } from "react";
import { toggleFavourite, useFavourites } from "./store";

export interface ShelfItem {
  id: string;
  title: string;
  /** The product card, drawn on the server. */
  card: ReactNode;
}

/**
 * The account's favourites: the cards drawn on the server, each leaving as soon as its heart is off
 * (here or in another card of the page), with the empty state when none is left.
 */
export function FavouritesShelf({ items, empty, headingId }: { items: ShelfItem[]; empty: ReactNode; headingId: string }) {
  const t = useTranslations("Favourites");
  const router = useRouter();
  const { ready, ids } = useFavourites();
  const refreshed = useRef(false);
  const shown = ready ? items.filter((item) => ids.has(item.id)) : items;
  // This browser's guest list, merged once the page was drawn: draw it again with them (once).
  const merged = ready && [...ids].some((id) => !items.some((item) => item.id === id));
  useEffect(() => {
    if (!merged || refreshed.current) return;
    refreshed.current = true;
    router.refresh();
  }, [merged, router]);

  function remove(id: string) {
    void toggleFavourite(id);
    // The button leaves with its card: the keyboard goes back to the list's heading.
    document.getElementById(headingId)?.focus();
  }

  if (shown.length === 0) return <>{empty}</>;
  return (
    <ul className="product-grid">
      {shown.map((item) => (
        <li key={item.id} className="favourites-page__item">
          {item.card}
          <button
            type="button"
            className="button button--text button--small"
            aria-label={t("removeLabel", { title: item.title })}
            disabled={!ready}
            onClick={() => remove(item.id)}
          >
            {t("remove")}
          </button>
        </li>
      ))}
    </ul>
  );
}

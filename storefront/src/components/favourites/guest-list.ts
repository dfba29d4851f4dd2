import { favouriteIds } from "@/lib/favourite-ids";

// A guest's hearts, kept in this browser until the next login merges them into the account.
export const GUEST_FAVOURITES_KEY = "ocop_favourites";

export function readGuestFavourites(): string[] {
  try {
    return favouriteIds(JSON.parse(window.localStorage.getItem(GUEST_FAVOURITES_KEY) ?? "[]"));
  } catch {
    // Storage turned off or a value that is not ours: no list.
    return [];
  }
}

export function writeGuestFavourites(ids: readonly string[]): void {
  try {
    if (ids.length === 0) window.localStorage.removeItem(GUEST_FAVOURITES_KEY);
    else window.localStorage.setItem(GUEST_FAVOURITES_KEY, JSON.stringify(favouriteIds([...ids])));
  } catch {
    // Private mode with storage refused: the hearts live as long as the page.
  }
}

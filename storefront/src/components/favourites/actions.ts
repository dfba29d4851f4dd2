"use server";

import { favouriteIds } from "@/lib/favourite-ids";
import { addFavouriteIds, mergeFavouriteIds, readFavouriteIds, removeFavouriteId } from "@/lib/favourites";
import { httpStatus } from "@/lib/medusa";
import { getAuthToken } from "@/lib/session";

// The hearts' way to the backend: the customer's token never leaves the server.

export type FavouritesAnswer = { signedIn: false } | { signedIn: true; ids: string[] } | { failed: true };

function failure(label: string, error: unknown): { failed: true } | { signedIn: false } {
  if (httpStatus(error) === 401) return { signedIn: false };
  console.error(`[storefront] ${label} failed:`, error instanceof Error ? error.message : error);
  return { failed: true };
}

/**
 * The one read of a page: a guest is told so (the browser keeps its list); a customer gets the
 * account's list, with the browser's guest list merged in first when there is one (one call).
 */
export async function syncFavourites(guestIds: unknown): Promise<FavouritesAnswer> {
  const token = await getAuthToken();
  if (!token) return { signedIn: false };
  const guest = favouriteIds(guestIds);
  try {
    return { signedIn: true, ids: guest.length > 0 ? await mergeFavouriteIds(token, guest) : await readFavouriteIds(token) };
  } catch (error) {
    return failure("reading the favourites", error);
  }
}

/** Keeps (on) or forgets (off) one product for the logged-in customer. */
export async function saveFavourite(productId: unknown, on: unknown): Promise<{ saved: true } | { signedIn: false } | { failed: true }> {
  const [id] = favouriteIds([productId]);
  if (!id || typeof on !== "boolean") return { failed: true };
  const token = await getAuthToken();
  if (!token) return { signedIn: false };
  try {
    if (on) await addFavouriteIds(token, [id]);
    else await removeFavouriteId(token, id);
    return { saved: true };
  } catch (error) {
    return failure("saving a favourite", error);
  }
}

import "server-only";
import { FetchError } from "@medusajs/js-sdk";
import { load, type Loaded } from "./backend";
import { refusedIds } from "./favourite-ids";
import { getSdk } from "./medusa";
import { fetchProductsByIds } from "./products";
import { getAuthToken } from "./session";
import type { ProductSummary } from "./types";
import type { FavouritesAnswer } from "./wire-types";

// The customer's favourites (issue #18): `/store/customers/me/favourites` with the customer's token,
// which stays in its httpOnly cookie on the server (docs/architecture.md).
const PATH = "/store/customers/me/favourites";

function bearer(token: string) {
  return { Authorization: `Bearer ${token}` };
}

/** The kept product ids, newest first. Throws on failure (a 401 included). */
export async function readFavouriteIds(token: string): Promise<string[]> {
  const sdk = await getSdk();
  const answer = await sdk.client.fetch<FavouritesAnswer>(PATH, { headers: bearer(token) });
  return answer.favourites.map((f) => f.product_id);
}

/** Keeps the products in one call and answers the whole list. Throws on failure (400 for a product not on sale). */
export async function addFavouriteIds(token: string, ids: string[]): Promise<string[]> {
  const sdk = await getSdk();
  const answer = await sdk.client.fetch<FavouritesAnswer>(PATH, { method: "POST", headers: bearer(token), body: { product_ids: ids } });
  return answer.favourites.map((f) => f.product_id);
}

/**
 * A guest's list merged into the account in one call. A product no longer on sale makes the backend
 * refuse the call (naming it): it is left out and the others are sent again, once.
 */
export async function mergeFavouriteIds(token: string, ids: string[]): Promise<string[]> {
  const post = (productIds: string[]) => addFavouriteIds(token, productIds);
  try {
    return await post(ids);
  } catch (error) {
    if (!(error instanceof FetchError) || error.status !== 400) throw error;
    const refused = new Set(refusedIds(error.message));
    const rest = ids.filter((id) => !refused.has(id));
    if (refused.size === 0) throw error;
    if (rest.length === 0) return readFavouriteIds(token);
    return post(rest);
  }
}

export async function removeFavouriteId(token: string, id: string): Promise<void> {
  const sdk = await getSdk();
  await sdk.client.fetch(`${PATH}/${encodeURIComponent(id)}`, { method: "DELETE", headers: bearer(token) });
}

/** The logged-in customer's favourites as product cards, newest first (none for a guest). */
export function listFavouriteProducts(): Promise<Loaded<ProductSummary[]>> {
  return load("listing the favourites", async () => {
    const token = await getAuthToken();
    return token ? fetchProductsByIds(await readFavouriteIds(token)) : [];
  });
}

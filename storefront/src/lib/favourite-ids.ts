// Product ids as a favourites list carries them (the browser's, a form field, the backend's answer):
// shared by the server actions and the guest's browser list, so both keep the same ids.
export const MAX_FAVOURITES = 100;
const PRODUCT_ID = /^[A-Za-z0-9_]{1,100}$/;

/** The well-formed, distinct product ids of an untrusted value, at most MAX_FAVOURITES. */
export function favouriteIds(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  const ids = raw.filter((id): id is string => typeof id === "string" && PRODUCT_ID.test(id));
  return [...new Set(ids)].slice(0, MAX_FAVOURITES);
}

/** The ids the backend named in its 400 ("product_id: no product on sale has the id a, b"). */
export function refusedIds(message: string): string[] {
  const named = /has the id (.+)$/.exec(message)?.[1] ?? "";
  return named.split(/,\s*/).filter(Boolean);
}

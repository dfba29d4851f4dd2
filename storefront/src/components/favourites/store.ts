import { useEffect, useSyncExternalStore } from "react";
import { saveFavourite, syncFavourites } from "./actions";
import { GUEST_FAVOURITES_KEY, readGuestFavourites, writeGuestFavourites } from "./guest-list";

// One store for every heart of the page (cards, product page, the account's list): toggling one
// updates the others, and the page reads the list once, whatever the number of cards.

export interface FavouritesState {
  /** False until the list is known (a customer's comes from the server). */
  ready: boolean;
  ids: ReadonlySet<string>;
  /** Whether a toggle failed, for the message beside the heart. */
  failedId: string | null;
}

const SERVER_STATE: FavouritesState = { ready: false, ids: new Set(), failedId: null };
let state: FavouritesState = SERVER_STATE;
let owner: "guest" | "customer" = "guest";
/** The session the list was read for (the readable cookie's value), so a login or logout reloads it. */
let loadedFor: string | null = null;
const listeners = new Set<() => void>();

function set(next: Partial<FavouritesState>): void {
  state = { ...state, ...next };
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** lib/session.ts sets it beside the customer's httpOnly token. */
function sessionHint(): string {
  return /(?:^|;\s*)ocop_signed_in=1(?:;|$)/.test(document.cookie) ? "customer" : "guest";
}

function asGuest(): void {
  owner = "guest";
  set({ ready: true, ids: new Set(readGuestFavourites()) });
}

// Another tab of a guest changed the list.
function onStorage(event: StorageEvent): void {
  if (event.key === GUEST_FAVOURITES_KEY && owner === "guest" && state.ready) asGuest();
}

/** Loads the list unless it is loaded for the current session already. */
function ensureLoaded(): void {
  const hint = sessionHint();
  if (loadedFor === hint) return;
  if (loadedFor === null) window.addEventListener("storage", onStorage);
  loadedFor = hint;
  if (hint === "guest") return asGuest();
  owner = "customer";
  set({ ready: false });
  const guest = readGuestFavourites();
  syncFavourites(guest).then(
    (answer) => {
      if (loadedFor !== hint) return;
      if ("failed" in answer) return set({ ready: true, ids: new Set() });
      if (!answer.signedIn) return asGuest();
      // Merged into the account: the browser's list is done with.
      if (guest.length > 0) writeGuestFavourites([]);
      set({ ready: true, ids: new Set(answer.ids) });
    },
    () => {
      // Network failure: try again on the next heart mounted.
      loadedFor = null;
    },
  );
}

function withId(ids: ReadonlySet<string>, id: string, on: boolean): Set<string> {
  const next = new Set(ids);
  if (on) next.add(id);
  else next.delete(id);
  return next;
}

/** Hearts or un-hearts a product at once, then saves it (browser or account); undone when saving fails. */
export async function toggleFavourite(id: string): Promise<void> {
  const on = !state.ids.has(id);
  set({ ids: withId(state.ids, id, on), failedId: null });
  if (owner === "guest") return writeGuestFavourites([...state.ids]);
  const answer = await saveFavourite(id, on).catch(() => ({ failed: true }) as const);
  if ("saved" in answer) return;
  if ("signedIn" in answer) {
    // The login ran out: the heart stays, in the browser, for the next login to merge.
    owner = "guest";
    writeGuestFavourites([...withId(new Set(readGuestFavourites()), id, on)]);
    return;
  }
  set({ ids: withId(state.ids, id, !on), failedId: id });
}

/** The shared list; loads it once for the page. */
export function useFavourites(): FavouritesState {
  useEffect(ensureLoaded, []);
  return useSyncExternalStore(subscribe, () => state, () => SERVER_STATE);
}

// Progress of a running seed (a full rebuild of the product index), for `npm run search:reindex`'s
// progress bar. The seed runs inside the Search Module, which reports nothing but a log line every
// 10 s; the index definition's seed transform reports each page here instead. Listeners live on
// globalThis so that the copy of this file loaded by the search-index loader and the one the
// reindex script imports share them.

export type SeedProgress = { scanned: number; indexed: number }
type Listener = (progress: SeedProgress) => void

const KEY = Symbol.for("ocop.search.seedProgressListeners")

function listeners(): Set<Listener> {
  const holder = globalThis as unknown as Record<symbol, Set<Listener> | undefined>
  let set = holder[KEY]
  if (!set) {
    set = new Set()
    holder[KEY] = set
  }
  return set
}

/** Called by the seed for each page of products read: how many were read and how many indexed. */
export function reportSeedProgress(progress: SeedProgress): void {
  for (const listener of listeners()) {
    try {
      listener(progress)
    } catch {
      // A progress display must never break a seed.
    }
  }
}

/** Subscribes to seed progress; returns the unsubscribe function. */
export function onSeedProgress(listener: Listener): () => void {
  listeners().add(listener)
  return () => listeners().delete(listener)
}

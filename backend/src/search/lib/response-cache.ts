// A short-lived cache of GET /store/search answers, with in-flight sharing: identical searches
// arriving together (a popular query, a category page) run once, and an answer is reused for
// OCOP_SEARCH_CACHE_MS (default 500 ms) — well inside the 2-second freshness promise. 0 turns
// it off. One per process; nothing is shared between instances.

const DEFAULT_TTL_MS = 500
const MAX_ENTRIES = 1000

type Entry<T> = { at: number; value: Promise<T> }

export class ResponseCache<T> {
  private readonly entries = new Map<string, Entry<T>>()

  constructor(private readonly ttlMs: number = cacheTtlFromEnv()) {}

  get enabled(): boolean {
    return this.ttlMs > 0
  }

  /** The cached (or in-flight) answer for `key`, or the one `compute` gives. Failures are not kept. */
  async get(key: string, compute: () => Promise<T>, now: number = Date.now()): Promise<T> {
    if (!this.enabled) return compute()
    const entry = this.entries.get(key)
    if (entry && now - entry.at < this.ttlMs) return entry.value
    const value = compute()
    this.entries.delete(key)
    this.entries.set(key, { at: now, value })
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key)
    })
    if (this.entries.size > MAX_ENTRIES) {
      for (const [oldest] of this.entries) {
        this.entries.delete(oldest)
        if (this.entries.size <= MAX_ENTRIES * 0.9) break
      }
    }
    return value
  }

  clear(): void {
    this.entries.clear()
  }
}

export function cacheTtlFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.OCOP_SEARCH_CACHE_MS
  if (raw === undefined || raw === "") return DEFAULT_TTL_MS
  const n = Number(raw)
  return Number.isFinite(n) && n >= 0 ? Math.min(n, 60_000) : DEFAULT_TTL_MS
}

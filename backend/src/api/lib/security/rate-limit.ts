// Counting failed attempts per key (e.g. "login:<address>") in fixed windows. The store is memory
// for one process, or Redis (REDIS_URL) so that every server of a deployment shares the counts.

export type RateLimitRule = { limit: number; windowMs: number }
export type Count = { count: number; resetInMs: number }

export interface CounterStore {
  /** The failures counted for key in its current window (0 when none). */
  peek(key: string): Promise<Count>
  /** Counts one failure; the window starts with the first one. */
  hit(key: string, windowMs: number): Promise<Count>
}

export type Verdict = { allowed: true } | { allowed: false; retryAfterSeconds: number }

/** Once `limit` failures are counted, further attempts wait until the window ends. */
export function verdict(count: Count, rule: RateLimitRule): Verdict {
  if (count.count < rule.limit) return { allowed: true }
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(count.resetInMs / 1000)) }
}

const inMinutes = (retryAfterSeconds: number) => {
  const minutes = Math.ceil(retryAfterSeconds / 60)
  return `${minutes} minute${minutes === 1 ? "" : "s"}`
}

export function tooManyAttemptsMessage(retryAfterSeconds: number): string {
  return `Too many failed attempts from your network address. Try again in ${inMinutes(retryAfterSeconds)}.`
}

export function tooManyAccountAttemptsMessage(retryAfterSeconds: number): string {
  return `Too many failed attempts to log in to this account. Try again in ${inMinutes(retryAfterSeconds)}, or reset the password.`
}

export class MemoryCounterStore implements CounterStore {
  private windows = new Map<string, { count: number; resetAt: number }>()

  constructor(private now: () => number = Date.now) {}

  async peek(key: string): Promise<Count> {
    const window = this.current(key)
    return window ? { count: window.count, resetInMs: window.resetAt - this.now() } : { count: 0, resetInMs: 0 }
  }

  async hit(key: string, windowMs: number): Promise<Count> {
    const window = this.current(key) ?? { count: 0, resetAt: this.now() + windowMs }
    window.count += 1
    this.windows.set(key, window)
    if (this.windows.size > 10_000) this.prune()
    return { count: window.count, resetInMs: window.resetAt - this.now() }
  }

  private current(key: string) {
    const window = this.windows.get(key)
    if (window && window.resetAt <= this.now()) {
      this.windows.delete(key)
      return undefined
    }
    return window
  }

  private prune() {
    for (const key of [...this.windows.keys()]) this.current(key)
  }
}

/** The few ioredis commands the Redis store uses. */
export type RedisLike = {
  multi(): {
    incr(key: string): unknown
    pexpire(key: string, ms: number, mode: "NX"): unknown
    pttl(key: string): unknown
    exec(): Promise<[Error | null, unknown][] | null>
  }
  get(key: string): Promise<string | null>
  pttl(key: string): Promise<number>
}

export class RedisCounterStore implements CounterStore {
  constructor(private redis: RedisLike, private prefix: string) {}

  async peek(key: string): Promise<Count> {
    const [value, ttl] = await Promise.all([this.redis.get(this.prefix + key), this.redis.pttl(this.prefix + key)])
    return { count: Number(value ?? 0), resetInMs: Math.max(0, ttl) }
  }

  async hit(key: string, windowMs: number): Promise<Count> {
    const k = this.prefix + key
    const tx = this.redis.multi()
    tx.incr(k)
    tx.pexpire(k, windowMs, "NX") // the window starts with the first failure
    tx.pttl(k)
    const results = (await tx.exec()) ?? []
    const failed = results.find(([error]) => error)
    if (failed) throw failed[0]
    return { count: Number(results[0]![1]), resetInMs: Math.max(0, Number(results[2]![1])) }
  }
}

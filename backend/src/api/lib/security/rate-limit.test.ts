import Redis from "ioredis"
import { afterAll, describe, expect, it } from "vitest"
import { MemoryCounterStore, RedisCounterStore, tooManyAttemptsMessage, verdict, type CounterStore } from "./rate-limit"

const rule = { limit: 3, windowMs: 60_000 }

describe("verdict", () => {
  it("allows until the limit, then asks to wait for the rest of the window (at least a second)", () => {
    expect(verdict({ count: 2, resetInMs: 10_000 }, rule)).toEqual({ allowed: true })
    expect(verdict({ count: 3, resetInMs: 10_001 }, rule)).toEqual({ allowed: false, retryAfterSeconds: 11 })
    expect(verdict({ count: 9, resetInMs: 0 }, rule)).toEqual({ allowed: false, retryAfterSeconds: 1 })
  })

  it("says how long to wait in minutes", () => {
    expect(tooManyAttemptsMessage(30)).toBe("Too many failed attempts from your network address. Try again in 1 minute.")
    expect(tooManyAttemptsMessage(601)).toContain("in 11 minutes")
  })
})

async function countsInOneWindow(store: CounterStore, key: string) {
  expect(await store.peek(key)).toEqual({ count: 0, resetInMs: 0 })
  const first = await store.hit(key, rule.windowMs)
  const second = await store.hit(key, rule.windowMs)
  expect([first.count, second.count]).toEqual([1, 2])
  expect(second.resetInMs).toBeGreaterThan(50_000)
  expect(second.resetInMs).toBeLessThanOrEqual(60_000)
  const peeked = await store.peek(key)
  expect(peeked.count).toBe(2)
  expect(await store.peek(`${key}:other`)).toEqual({ count: 0, resetInMs: 0 })
}

describe("MemoryCounterStore", () => {
  it("counts per key within the window", () => countsInOneWindow(new MemoryCounterStore(), "login:1.2.3.4"))

  it("starts again once the window has passed", async () => {
    let now = 1_000_000
    const store = new MemoryCounterStore(() => now)
    await store.hit("k", 1000)
    await store.hit("k", 1000)
    now += 999
    expect(await store.peek("k")).toEqual({ count: 2, resetInMs: 1 })
    now += 1
    expect(await store.peek("k")).toEqual({ count: 0, resetInMs: 0 })
    expect((await store.hit("k", 1000)).count).toBe(1)
  })
})

// The real Redis of the machine (REDIS_URL or the local default), under a key prefix of this run.
describe("RedisCounterStore", () => {
  const redis = new Redis(process.env.REDIS_URL || "redis://127.0.0.1:6379", { lazyConnect: true, maxRetriesPerRequest: 1 })
  const prefix = `ocop-test:${process.pid}:${Date.now()}:`
  afterAll(async () => {
    const keys = await redis.keys(`${prefix}*`)
    if (keys.length) await redis.del(...keys)
    redis.disconnect()
  })

  it("counts per key within the window, the window starting with the first failure", async () => {
    await countsInOneWindow(new RedisCounterStore(redis, prefix), "login:1.2.3.4")
  })

  it("lets the window expire in Redis", async () => {
    const store = new RedisCounterStore(redis, prefix)
    await store.hit("short", 50)
    expect((await store.peek("short")).count).toBe(1)
    await new Promise((r) => setTimeout(r, 120))
    expect(await store.peek("short")).toEqual({ count: 0, resetInMs: 0 })
  })
})

import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import Redis from "ioredis"
import {
  MemoryCounterStore,
  RedisCounterStore,
  tooManyAttemptsMessage,
  verdict,
  type CounterStore,
  type RateLimitRule,
} from "./rate-limit"

/** Failed attempts allowed per address and window (OCOP_AUTH_MAX_FAILURES, OCOP_AUTH_WINDOW_SECONDS). */
export function authRule(env: NodeJS.ProcessEnv = process.env): RateLimitRule {
  const positive = (value: string | undefined, fallback: number) => (Number(value) > 0 ? Number(value) : fallback)
  return {
    limit: positive(env.OCOP_AUTH_MAX_FAILURES, 10),
    windowMs: positive(env.OCOP_AUTH_WINDOW_SECONDS, 15 * 60) * 1000,
  }
}

let store: CounterStore | undefined

// Redis when the deployment has it (every server counts together), else this process's memory.
function counterStore(req: MedusaRequest): CounterStore {
  if (store) return store
  const { projectConfig } = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  if (!projectConfig.redisUrl) return (store = new MemoryCounterStore())
  // No offline queue: with Redis away a login is let through at once rather than held.
  const redis = new Redis(projectConfig.redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false })
  redis.on("error", () => {}) // reconnects by itself; each failed command is handled below
  return (store = new RedisCounterStore(redis, `${projectConfig.redisPrefix ?? ""}ratelimit:`))
}

/**
 * Counts the failed (4xx) answers of a login or sign-up route per client address; once the rule's
 * limit is reached, answers 429 with Retry-After until the window ends. `group` names the counter.
 */
export function limitFailures(group: "login" | "signup", rule: RateLimitRule = authRule()) {
  return async function rateLimit(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
    // Mounted without a method (see middlewares.ts): only the POST to the path itself counts.
    if (req.method !== "POST" || (req.path !== "/" && req.path !== "")) return next()
    const key = `${group}:${req.ip}`
    const logger = req.scope.resolve(ContainerRegistrationKeys.LOGGER)
    const counts = counterStore(req)
    try {
      const decision = verdict(await counts.peek(key), rule)
      if (!decision.allowed) {
        res.setHeader("Retry-After", String(decision.retryAfterSeconds))
        res.status(429).json({ type: "too_many_requests", message: tooManyAttemptsMessage(decision.retryAfterSeconds) })
        return
      }
    } catch (error) {
      logger.warn(`Rate limit unavailable, letting ${group} through: ${(error as Error).message}`)
    }
    res.on("finish", () => {
      if (res.statusCode >= 400 && res.statusCode < 500) {
        counts.hit(key, rule.windowMs).catch((error) => logger.warn(`Rate limit not counted: ${error.message}`))
      }
    })
    next()
  }
}

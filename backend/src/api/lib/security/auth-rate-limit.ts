import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import Redis from "ioredis"
import { clientAddress } from "./client-address"
import {
  MemoryCounterStore,
  RedisCounterStore,
  tooManyAccountAttemptsMessage,
  tooManyAttemptsMessage,
  verdict,
  type CounterStore,
  type RateLimitRule,
} from "./rate-limit"

/** Failed attempts allowed per window (OCOP_AUTH_MAX_FAILURES, OCOP_AUTH_WINDOW_SECONDS). */
export function authRule(env: NodeJS.ProcessEnv = process.env): RateLimitRule {
  return {
    limit: positive(env.OCOP_AUTH_MAX_FAILURES, 10),
    windowMs: positive(env.OCOP_AUTH_WINDOW_SECONDS, 15 * 60) * 1000,
  }
}

const positive = (value: string | undefined, fallback: number) => (Number(value) > 0 ? Number(value) : fallback)

/**
 * The ceilings of a login, each counting failures in the window of authRule:
 *  - one account from one address: the rule's limit (10);
 *  - one address, over every account: 5 times that (OCOP_AUTH_MAX_FAILURES_PER_ADDRESS), so that
 *    shoppers sharing an address (an office, the storefront without a vouched address) are not
 *    locked out by one of them;
 *  - one account, from every address: 10 times that (OCOP_AUTH_MAX_FAILURES_PER_ACCOUNT), against
 *    guessing spread over many addresses.
 */
export function loginRules(env: NodeJS.ProcessEnv = process.env) {
  const rule = authRule(env)
  return {
    accountFromAddress: rule,
    address: { limit: positive(env.OCOP_AUTH_MAX_FAILURES_PER_ADDRESS, rule.limit * 5), windowMs: rule.windowMs },
    account: { limit: positive(env.OCOP_AUTH_MAX_FAILURES_PER_ACCOUNT, rule.limit * 10), windowMs: rule.windowMs },
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

type Counter = { key: string; rule: RateLimitRule; message: (retryAfterSeconds: number) => string }

/** The account a login names: its actor and e-mail, as the provider compares it. */
function accountOf(actor: string, body: unknown): string {
  const email = (body as { email?: unknown } | undefined)?.email
  return `${actor}:${typeof email === "string" ? email.trim().toLowerCase().slice(0, 320) : ""}`
}

function counters(group: "login" | "signup" | "order-lookup", actor: string | undefined, req: MedusaRequest, env: NodeJS.ProcessEnv): Counter[] {
  const address = clientAddress(req, env)
  if (group === "signup") return [{ key: `signup:${address}`, rule: authRule(env), message: tooManyAttemptsMessage }]
  if (group === "order-lookup") {
    // A guest's order look-up (number + e-mail) is a login to one order: per address, and per order
    // number from every address (against guessing its e-mail from many addresses).
    const rule = authRule(env)
    const number = String((req.body as { display_id?: unknown } | undefined)?.display_id ?? "").slice(0, 20)
    return [
      { key: `order-lookup:address:${address}`, rule, message: tooManyAttemptsMessage },
      { key: `order-lookup:order:${number}`, rule: { limit: rule.limit * 10, windowMs: rule.windowMs }, message: tooManyAttemptsMessage },
    ]
  }
  const rules = loginRules(env)
  const account = accountOf(actor ?? "", req.body)
  return [
    { key: `login:account-address:${account}:${address}`, rule: rules.accountFromAddress, message: tooManyAttemptsMessage },
    { key: `login:address:${address}`, rule: rules.address, message: tooManyAttemptsMessage },
    { key: `login:account:${account}`, rule: rules.account, message: tooManyAccountAttemptsMessage },
  ]
}

/**
 * Counts the failed (4xx) answers of a login or sign-up route; once a counter's ceiling is reached,
 * answers 429 with Retry-After until its window ends. Logins count per account and address, per
 * address and per account (loginRules); sign-ups per address. The address is clientAddress's.
 */
export function limitFailures(group: "login" | "signup" | "order-lookup", actor?: string, env: NodeJS.ProcessEnv = process.env) {
  return async function rateLimit(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
    // Mounted without a method (see middlewares.ts): only the POST to the path itself counts.
    if (req.method !== "POST" || (req.path !== "/" && req.path !== "")) return next()
    const watched = counters(group, actor, req, env)
    const logger = req.scope.resolve(ContainerRegistrationKeys.LOGGER)
    const counts = counterStore(req)
    try {
      for (const counter of watched) {
        const decision = verdict(await counts.peek(counter.key), counter.rule)
        if (!decision.allowed) {
          res.setHeader("Retry-After", String(decision.retryAfterSeconds))
          res.status(429).json({ type: "too_many_requests", message: counter.message(decision.retryAfterSeconds) })
          return
        }
      }
    } catch (error) {
      logger.warn(`Rate limit unavailable, letting ${group} through: ${(error as Error).message}`)
    }
    res.on("finish", () => {
      if (res.statusCode >= 400 && res.statusCode < 500) {
        for (const counter of watched) {
          counts.hit(counter.key, counter.rule.windowMs).catch((error) => logger.warn(`Rate limit not counted: ${error.message}`))
        }
      }
    })
    next()
  }
}

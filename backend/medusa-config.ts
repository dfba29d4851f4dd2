import { defineConfig, loadEnv, Modules } from "@medusajs/framework/utils"
import path from "node:path"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

// `medusa start` runs with NODE_ENV=production; `npm start` (the local quickstart) sets
// OCOP_DEV_DEFAULTS=true to allow the development secrets and demo accounts there.
const allowDevDefaults = process.env.OCOP_DEV_DEFAULTS === "true"
const isProduction = process.env.NODE_ENV === "production" && !allowDevDefaults
const DEV_SECRET = "ocop-dev-secret"

// Production must never run on the development defaults.
function secret(name: "JWT_SECRET" | "COOKIE_SECRET"): string {
  const value = process.env[name]
  if (isProduction && (!value || value === DEV_SECRET || value.startsWith("change-me"))) {
    throw new Error(`${name} must be set to a strong random value when NODE_ENV=production`)
  }
  return value || DEV_SECRET
}

function returnWindowDays(): number {
  const raw = process.env.OCOP_RETURN_WINDOW_DAYS
  const days = raw === undefined || raw === "" ? 7 : Number(raw)
  if (!Number.isInteger(days) || days < 0 || days > 90) throw new Error(`OCOP_RETURN_WINDOW_DAYS must be a whole number of days from 0 to 90; got "${raw}"`)
  return days
}

const redisUrl = process.env.REDIS_URL
// Every Redis key and queue of a deployment starts with this namespace (server and worker share it).
// Each test process gets its own, so suites sharing one Redis never take each other's events or jobs.
const redisPrefix =
  process.env.REDIS_PREFIX || (process.env.NODE_ENV === "test" ? `ocop-test-${process.pid}:` : "ocop:")
// BullMQ queue names may not contain ":".
const queuePrefix = redisPrefix.replace(/:/g, "-")
const storefrontUrl = process.env.STORE_CORS || "http://localhost:8000"
const adminUrl = process.env.ADMIN_CORS || "http://localhost:9000,http://localhost:5173"

// With REDIS_URL set, Medusa's Redis modules replace the in-memory event bus,
// workflow engine, locking and caching, so server and worker processes can share state.
const redisModules = redisUrl
  ? [
      {
        key: Modules.EVENT_BUS,
        resolve: "@medusajs/medusa/event-bus-redis",
        options: { redisUrl, queueName: `${queuePrefix}events` },
      },
      {
        key: Modules.WORKFLOW_ENGINE,
        resolve: "@medusajs/medusa/workflow-engine-redis",
        options: {
          redis: {
            redisUrl,
            queueName: `${queuePrefix}workflows`,
            jobQueueName: `${queuePrefix}workflow-jobs`,
            // The cleaner queue has a fixed name: the BullMQ key prefix keeps it apart.
            queueOptions: { prefix: `${queuePrefix}bull` },
            workerOptions: { prefix: `${queuePrefix}bull` },
          },
        },
      },
      {
        key: Modules.LOCKING,
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            {
              resolve: "@medusajs/medusa/locking-redis",
              id: "locking-redis",
              is_default: true,
              options: { redisUrl, namespace: `${redisPrefix}lock:` },
            },
          ],
        },
      },
    ]
  : []

// Medusa's Caching Module (feature flag `caching`, in place of the Cache Module deprecated in 2.11):
// query.graph reads asked to cache, kept under keys and tags that the module expires on the
// entities' events. Redis when REDIS_URL is set (shared by every server process), else in memory.
const cachingModule = {
  key: Modules.CACHING,
  resolve: "@medusajs/medusa/caching",
  options: redisUrl
    ? {
        providers: [
          {
            resolve: "@medusajs/medusa/caching-redis",
            id: "caching-redis",
            is_default: true,
            options: { redisUrl, prefix: `${redisPrefix}caching:` },
          },
        ],
      }
    : { in_memory: { enable: true } },
}

// Search (src/search, GET /store/search): the Search Module with the PostgreSQL provider in the
// Vietnamese text-search language `ocop_vi` (configuration `medusa_search_ocop_vi`, installed by the
// migration of ./src/search/text-config). With MEILISEARCH_HOST set, the Meilisearch provider
// (@ocop/search-meilisearch) holds the indexes instead; PostgreSQL stays registered so that a switch
// of provider can drop the previous engine's indexes on `db:migrate`.
const meilisearchHost = process.env.MEILISEARCH_HOST
const searchModules = [
  { resolve: "./src/search/text-config" },
  {
    key: Modules.SEARCH,
    resolve: "@medusajs/medusa/search",
    options: {
      providers: [
        { resolve: "@medusajs/medusa/search-postgres", id: "postgres", options: { language: "ocop_vi" } },
        ...(meilisearchHost
          ? [
              {
                resolve: "@ocop/search-meilisearch",
                id: "meilisearch",
                options: {
                  host: meilisearchHost,
                  apiKey: process.env.MEILISEARCH_API_KEY,
                  indexPrefix: process.env.MEILISEARCH_INDEX_PREFIX,
                },
              },
            ]
          : []),
      ],
      ...(meilisearchHost ? { default_provider: "meilisearch" } : {}),
      // Documents written per provider call while (re)building an index (Medusa's default: 100).
      reindex: { batch_size: 500 },
    },
  },
]

// E-mail over SMTP (src/modules/notification-smtp): SMTP_URL (smtp://user:password@host:port,
// smtps:// for TLS), or SMTP_HOST with SMTP_PORT, SMTP_USER, SMTP_PASSWORD, SMTP_SECURE.
const mailFrom = process.env.MAIL_FROM || "OCOP Quảng Ninh <no-reply@ocop.local>"
const smtp = process.env.SMTP_URL
  ? { url: process.env.SMTP_URL, from: mailFrom }
  : process.env.SMTP_HOST
    ? {
        host: process.env.SMTP_HOST,
        port: Number(process.env.SMTP_PORT || 587),
        user: process.env.SMTP_USER,
        password: process.env.SMTP_PASSWORD,
        secure: process.env.SMTP_SECURE === "true",
        from: mailFrom,
      }
    : null

module.exports = defineConfig({
  projectConfig: {
    // Unset: the embedded PostgreSQL that `npm start` runs, so scripts work beside it.
    databaseUrl: process.env.DATABASE_URL || `postgres://postgres:postgres@localhost:${process.env.OCOP_PG_PORT || 54320}/ocop`,
    databaseLogging: false,
    redisUrl,
    redisPrefix,
    workerMode: (process.env.MEDUSA_WORKER_MODE as "shared" | "worker" | "server") || "shared",
    // The session cookie of the dashboard (POST /auth/session). Medusa marks it Secure whenever
    // NODE_ENV=production, which `medusa start` sets, and express-session then sends no cookie at all
    // over plain http: the quickstart's dashboard could not log in. The quickstart follows how it is
    // reached ("auto": Secure over https, X-Forwarded-Proto honoured as Medusa's `proxy: true` says);
    // production always sends it Secure (it runs behind TLS). SameSite=Lax in both against CSRF.
    cookieOptions: {
      sameSite: "lax",
      // express-session's "auto" is missing from Medusa's CookieOptions type (boolean only).
      secure: (isProduction ? true : "auto") as boolean,
    },
    http: {
      storeCors: storefrontUrl,
      adminCors: adminUrl,
      authCors: `${storefrontUrl},${adminUrl}`,
      jwtSecret: secret("JWT_SECRET"),
      cookieSecret: secret("COOKIE_SECRET"),
    },
  },
  admin: {
    disable: process.env.MEDUSA_DISABLE_ADMIN === "true",
    backendUrl: process.env.MEDUSA_BACKEND_URL || "/",
  },
  featureFlags: { translation: true, caching: true },
  modules: [
    ...redisModules,
    cachingModule,
    // Product content in Vietnamese and English: the feature flag alone comes too late to load it.
    { resolve: "@medusajs/medusa/translation" },
    // Our own modules (src/modules): they never import each other; src/links joins them.
    { resolve: "./src/modules/ocop" },
    // Production refuses to run while the dev seed's demo accounts can sign in (its loader).
    { resolve: "./src/modules/production-guard" },
    { resolve: "./src/modules/producer" },
    { resolve: "./src/modules/partner" },
    // Buyers' reviews of delivered order lines, with producers' replies and reports (issue #18).
    { resolve: "./src/modules/reviews" },
    // Customers' favourite products (issue #18).
    { resolve: "./src/modules/favourites" },
    // Experiences' booking calendars: capacity per date, days off, time slots, notice (issue #19).
    { resolve: "./src/modules/experiences" },
    // What producers and partners are owed and paid, append-only (src/workflows/ledger). Money is
    // held for the buyer's return window after delivery (OCOP_RETURN_WINDOW_DAYS, default 7).
    { resolve: "./src/modules/ledger", options: { return_window_days: returnWindowDays() } },
    // Buyers' return requests, decided by producers (or the admin): src/workflows/returns.
    { resolve: "./src/modules/returns" },
    ...searchModules,
    // Uploaded and seeded images: local files served by the backend under /static. Their URLs are
    // absolute, so a backend on another port or host must say where it is reachable.
    {
      key: Modules.FILE,
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/file-local",
            id: "local",
            // Written to ./uploads, served at /static/:file with nosniff (src/api/lib/security/uploads.ts).
            options: {
              backend_url: `${process.env.MEDUSA_FILE_BASE_URL || "http://localhost:9000"}/static`,
              upload_dir: path.join(process.cwd(), "uploads"),
              private_upload_dir: path.join(process.cwd(), "uploads"),
            },
          },
        ],
      },
    },
    // E-mails (src/notifications, sent by the subscribers) go out on channel "email": over SMTP when
    // SMTP_URL or SMTP_HOST is set (`npm start` points it at its inbox, maildev), else the local
    // provider writes them to the log. The module stores every one (entity `notification`); "feed"
    // keeps the admin's in-app notifications.
    {
      key: Modules.NOTIFICATION,
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/notification-local",
            id: "local",
            options: { name: "Local Notification Provider", channels: smtp ? ["feed"] : ["email", "feed"] },
          },
          ...(smtp ? [{ resolve: "./src/modules/notification-smtp", id: "smtp", options: { ...smtp, channels: ["email"] } }] : []),
        ],
      },
    },
    // Shipping: one parcel per producer priced from the rate table in packages/ocop-core/src/shipping.ts
    // (parcels_ocop, src/modules/fulfillment-parcels); Medusa's manual provider stays for returns and
    // hand-made fulfillments.
    {
      key: Modules.FULFILLMENT,
      resolve: "@medusajs/medusa/fulfillment",
      options: {
        providers: [
          { resolve: "@medusajs/medusa/fulfillment-manual", id: "manual" },
          { resolve: "./src/modules/fulfillment-parcels", id: "ocop" },
        ],
      },
    },
    // Payments: cash on delivery (pp_cod_cod) and VietQR bank transfer (pp_vietqr_vietqr, VIETQR_*
    // env, sample account in development) always; Stripe cards (pp_stripe_stripe) when
    // STRIPE_API_KEY is set. The list is built in src/workflows/payments/utils/providers.ts.
    {
      key: Modules.PAYMENT,
      resolve: "@medusajs/medusa/payment",
      options: {
        providers: require("./src/workflows/payments/utils/providers").paymentProviders(process.env, { production: isProduction }),
      },
    },
  ],
})

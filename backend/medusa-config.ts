import { defineConfig, loadEnv, Modules } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

// `medusa start` runs with NODE_ENV=production; `npm start` (the local quickstart) sets
// OCOP_DEV_DEFAULTS=true to allow the development secrets and demo accounts there.
const allowDevDefaults = process.env.OCOP_DEV_DEFAULTS === "true"
const isProduction = process.env.NODE_ENV === "production" && !allowDevDefaults
const DEV_SECRET = "ocop-dev-secret"

// Production must never run on the development defaults.
function secret(name: "JWT_SECRET" | "COOKIE_SECRET"): string {
  const value = process.env[name]
  if (isProduction && (!value || value === DEV_SECRET)) {
    throw new Error(`${name} must be set to a strong random value when NODE_ENV=production`)
  }
  return value || DEV_SECRET
}

const redisUrl = process.env.REDIS_URL
const storefrontUrl = process.env.STORE_CORS || "http://localhost:8000"
const adminUrl = process.env.ADMIN_CORS || "http://localhost:9000,http://localhost:5173"

// With REDIS_URL set, Medusa's Redis modules replace the in-memory event bus,
// workflow engine, locking and cache, so server and worker processes can share state.
const redisModules = redisUrl
  ? [
      { key: Modules.EVENT_BUS, resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
      { key: Modules.CACHE, resolve: "@medusajs/medusa/cache-redis", options: { redisUrl } },
      {
        key: Modules.WORKFLOW_ENGINE,
        resolve: "@medusajs/medusa/workflow-engine-redis",
        options: { redis: { url: redisUrl } },
      },
      {
        key: Modules.LOCKING,
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            { resolve: "@medusajs/medusa/locking-redis", id: "locking-redis", is_default: true, options: { redisUrl } },
          ],
        },
      },
    ]
  : []

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    databaseLogging: false,
    redisUrl,
    workerMode: (process.env.MEDUSA_WORKER_MODE as "shared" | "worker" | "server") || "shared",
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
  featureFlags: { translation: true },
  modules: [
    ...redisModules,
    // Our own modules (src/modules): they never import each other; src/links joins them.
    { resolve: "./src/modules/ocop" },
    { resolve: "./src/modules/producer" },
  ],
})

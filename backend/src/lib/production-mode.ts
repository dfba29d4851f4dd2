// Production mode: `medusa start` runs with NODE_ENV=production; the local quickstart (`npm start`)
// and the test runner set OCOP_DEV_DEFAULTS=true to keep the development secrets and demo accounts.
export function isProductionMode(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NODE_ENV === "production" && env.OCOP_DEV_DEFAULTS !== "true"
}

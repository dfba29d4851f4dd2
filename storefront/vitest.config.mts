import { defineConfig } from "vitest/config"

// Browser tests drive the built storefront in Chromium against a running backend, both
// started once by the global setup on their own ports and a fresh database.
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    globalSetup: ["./test/global-setup.mjs"],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 600_000,
  },
})

import { fileURLToPath } from "node:url"
import { defineConfig } from "vitest/config"

// Integration tests boot the whole Medusa application on a fresh temporary database each
// file: run files one at a time, in forked processes, with generous hook timeouts.
export default defineConfig({
  resolve: {
    // Every test file's `medusaIntegrationTestRunner` is Medusa's runner plus the ledger
    // reconciliation after each test (integration-tests/helpers/runner.ts): the whole suite's
    // orders must balance (issue #15), including files written later.
    alias: [{ find: /^@medusajs\/test-utils$/, replacement: fileURLToPath(new URL("./integration-tests/helpers/runner.ts", import.meta.url)) }],
  },
  test: {
    globals: true,
    pool: "forks",
    fileParallelism: false,
    include: ["src/**/*.test.ts", "integration-tests/**/*.test.ts"],
    setupFiles: ["./test/register-typescript.js"],
    globalSetup: ["./test/global-setup.mjs"],
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
})

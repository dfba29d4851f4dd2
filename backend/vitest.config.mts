import { defineConfig } from "vitest/config"

// Integration tests boot the whole Medusa application on a fresh temporary database each
// file: run files one at a time, in forked processes, with generous hook timeouts.
export default defineConfig({
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

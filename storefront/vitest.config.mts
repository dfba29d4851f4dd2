import { defineConfig } from "vitest/config"

// Two projects: fast unit tests of src/, and browser tests that drive the built storefront in
// Chromium against a running backend, both started once by the browser project's global setup.
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["src/**/*.test.ts"] },
      },
      {
        extends: true,
        test: {
          name: "browser",
          include: ["test/**/*.test.ts"],
          globalSetup: ["./test/global-setup.mjs"],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
})

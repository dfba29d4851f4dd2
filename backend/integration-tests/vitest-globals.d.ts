// The runner (vitest.config.mts: globals: true) provides describe/it/expect as globals, as
// @medusajs/test-utils expects; this tells TypeScript about them.
/// <reference types="vitest/globals" />

// Types of chromium.mjs, for the storefront's browser tests.
export const CHROMIUM_ARGS: string[]
export function findChromium(): string

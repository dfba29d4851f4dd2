// Types of first-load-js.mjs, for the storefront's tests.
export function firstLoadJs(distDir: string): Map<string, number>

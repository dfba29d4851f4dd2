// Server-only rules: the ledger, the CSV writer and the revalidation signature (node:crypto). Kept out of the package's index, which the
// storefront's client components import: the package is CommonJS, which bundlers do not tree-shake,
// so whatever the index exports ships in the checkout's JavaScript (issue #13's 180 KB budget).
// The backend imports them as "@ocop/core/dist/server".

export * from "./ledger";
export * from "./csv";
export * from "./shipping";
export * from "./revalidate";
export * from "./product-sheet";
export * from "./reviews";
export * from "./returns";
export * from "./product-photos";

// The OCOP certificates' steps, one a file (as @medusajs/core-flows lays them out).
export * from "./prepare-product-certificate"
export * from "./upsert-certificate"
export * from "./link-certificate-to-product"
export * from "./expire-certificates"
export * from "./sync-products-on-sale"

// The producer portal's steps, one a file (as @medusajs/core-flows lays them out).
export * from "./prepare-producer-products"
export * from "./create-initial-stock"
export * from "./set-producer-stock"
export * from "./prepare-producer-product-update"
export * from "./create-producer-member"
export * from "./create-producer-stock-location"
export * from "./create-links"

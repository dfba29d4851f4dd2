// The producers' steps, one a file (as @medusajs/core-flows lays them out).
export * from "./prepare-new-producer"
export * from "./create-producer"
export * from "./link-producer-stock-locations"
export * from "./update-producer"
export * from "./set-producer-status"
export * from "./prepare-product-producer"
export * from "./relink-product-producer"

// The producer portal's steps, one a file (as @medusajs/core-flows lays them out).
export * from "./prepare-producer-products"
export * from "./create-initial-stock"
export * from "./set-producer-stock"
export * from "./prepare-producer-product-update"
export * from "./create-producer-member"
export * from "./create-producer-stock-location"
export * from "./create-links"
// workflows/experiences/steps/prepare-booking-change.ts still imports these two from here; they
// live in ../utils/producer-access.ts (step-free helpers) and go from this barrel once it imports them there.
export { notFound, producerProductIds } from "../utils/producer-access"

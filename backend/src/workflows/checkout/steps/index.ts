// The checkout's steps, one a file (as @medusajs/core-flows lays them out).
export * from "./find-interrupted-checkout"

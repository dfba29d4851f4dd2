// The notices' steps, one a file (as @medusajs/core-flows lays them out).
export * from "./mark-notices-read"
export * from "./set-notice-preferences"

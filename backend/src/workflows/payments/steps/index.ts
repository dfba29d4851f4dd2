// The payments' steps, one a file (as @medusajs/core-flows lays them out).
export * from "./find-offline-payment"
export * from "./find-unpaid-vietqr-orders"
export * from "./cancel-unpaid-orders"

// Payment workflows: recording cash-on-delivery and VietQR money, expiring unpaid transfers.
export { confirmOfflinePaymentWorkflow } from "./confirm-offline-payment"
export type { ConfirmOfflinePaymentInput } from "./confirm-offline-payment"
export { cancelUnpaidVietQrOrdersWorkflow } from "./cancel-unpaid-vietqr-orders"
export type { CancelUnpaidVietQrOrdersInput } from "./cancel-unpaid-vietqr-orders"
export * from "./utils/config"

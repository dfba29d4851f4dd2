import { VIETQR_PROVIDER_ID } from "../../../../../workflows/payments/utils/config"
import { confirmOfflinePaymentRoute } from "../../../payments/confirm-offline-payment"

/**
 * POST /admin/orders/:id/vietqr-received { amount_received? } → { order_id, payment_id, provider_id, captured_at }
 * The transfer of a VietQR order is on the bank statement: capture its payment.
 * 404 unknown order; 400 canceled (e.g. expired unpaid) order, not VietQR, already recorded,
 * or amount_received ≠ amount due. Nothing changes on a 4xx.
 */
export const POST = confirmOfflinePaymentRoute(VIETQR_PROVIDER_ID)

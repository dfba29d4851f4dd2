import { COD_PROVIDER_ID } from "../../../../../workflows/payments/utils/config"
import { confirmOfflinePaymentRoute } from "../../../payments/confirm-offline-payment"

/**
 * POST /admin/orders/:id/cod-collected { amount_received? } → { order_id, payment_id, provider_id, captured_at }
 * The carrier handed over the cash of a delivered cash-on-delivery order: capture its payment.
 * 404 unknown order; 400 canceled order, not COD, already recorded, or amount_received ≠ amount due.
 */
export const POST = confirmOfflinePaymentRoute(COD_PROVIDER_ID)

import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { cancelUnpaidVietQrOrdersWorkflow } from "../workflows/payments/cancel-unpaid-vietqr-orders"
import { vietQrUnpaidTimeoutHours } from "../workflows/payments/utils/config"

/**
 * Every 15 minutes: VietQR orders whose transfer nobody confirmed within
 * VIETQR_UNPAID_TIMEOUT_HOURS (default 24) are canceled and their reserved stock released.
 */
export default async function cancelUnpaidVietQrOrders(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { result } = await cancelUnpaidVietQrOrdersWorkflow(container).run({
    input: { now: new Date().toISOString(), timeout_hours: vietQrUnpaidTimeoutHours() },
  })
  if (result.canceled.length > 0) {
    logger.info(`VietQR: canceled ${result.canceled.length} order(s) unpaid since before ${result.cutoff}: ${result.canceled.join(", ")}`)
  }
  if (result.failed.length > 0) {
    logger.warn(`VietQR: ${result.failed.length} unpaid order(s) could not be canceled: ${result.failed.map((f) => f.order_id).join(", ")}`)
  }
}

export const config = {
  name: "cancel-unpaid-vietqr-orders",
  schedule: "*/15 * * * *",
}

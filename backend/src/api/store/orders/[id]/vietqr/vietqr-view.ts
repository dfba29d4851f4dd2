import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { VietQrSessionData } from "../../../../../modules/payment-vietqr/service"
import { VIETQR_PROVIDER_ID, vietQrUnpaidTimeoutHours } from "../../../../../workflows/payments/utils/config"

// The read model of GET /store/orders/:id/vietqr (route.ts beside it).

type OrderRow = {
  id: string
  display_id: number
  email: string | null
  customer_id: string | null
  status: string
  created_at: string | Date
  payment_collections?: {
    payments?: { provider_id: string; data: Partial<VietQrSessionData> | null; captured_at: unknown; canceled_at: unknown }[] | null
  }[] | null
}

/** Who asks: the logged-in customer, or a guest giving the order's e-mail. */
export type Asker = { customerId?: string; email?: string }

/**
 * The order's VietQR payment and its state, for its buyer only: 404 (as for an unknown order) to
 * anyone else, and when the order is not paid by VietQR.
 */
export async function vietQrOfOrder(scope: MedusaContainer, orderId: string, asker: Asker) {
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "email",
      "customer_id",
      "status",
      "created_at",
      "payment_collections.payments.provider_id",
      "payment_collections.payments.data",
      "payment_collections.payments.captured_at",
      "payment_collections.payments.canceled_at",
    ],
    filters: { id: orderId },
  })
  const order = data[0] as unknown as OrderRow | undefined
  const { customerId, email } = asker
  const isBuyer =
    !!order &&
    ((!!customerId && order.customer_id === customerId) || (!!email && (order.email ?? "").toLowerCase() === email))
  if (!order || !isBuyer) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${orderId} was not found`)

  const payment = (order.payment_collections ?? [])
    .flatMap((pc) => pc?.payments ?? [])
    .find((p) => p.provider_id === VIETQR_PROVIDER_ID)
  const qr = payment?.data
  if (!payment || !qr?.payload) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${order.id} is not paid by VietQR`)
  }
  const status: "canceled" | "paid" | "awaiting_transfer" =
    order.status === "canceled" || payment.canceled_at ? "canceled" : payment.captured_at ? "paid" : "awaiting_transfer"
  const payBefore = new Date(new Date(order.created_at).getTime() + vietQrUnpaidTimeoutHours() * 3_600_000)
  return { order, qr: qr as Partial<VietQrSessionData> & { payload: string }, status, payBefore }
}

// An order's payments as the payment steps read them from Query (not steps), and which orders count
// as unpaid VietQR orders.
import { VIETQR_PROVIDER_ID } from "./config"

export type OrderPayment = {
  id: string
  provider_id: string
  amount: unknown
  currency_code: string
  captured_at: string | Date | null
  canceled_at: string | Date | null
}
export type OrderWithPayments = {
  id: string
  status: string
  created_at: string | Date
  payment_collections?: { payments?: OrderPayment[] | null }[] | null
}

export const ORDER_PAYMENT_FIELDS = [
  "id",
  "status",
  "created_at",
  "payment_collections.payments.id",
  "payment_collections.payments.provider_id",
  "payment_collections.payments.amount",
  "payment_collections.payments.currency_code",
  "payment_collections.payments.captured_at",
  "payment_collections.payments.canceled_at",
]

export function paymentsOf(order: OrderWithPayments): OrderPayment[] {
  return (order.payment_collections ?? []).flatMap((pc) => pc?.payments ?? [])
}

export const PROVIDER_LABEL: Record<string, string> = {
  pp_cod_cod: "cash on delivery",
  pp_vietqr_vietqr: "VietQR bank transfer",
}

export function isUnpaidVietQrOrder(order: OrderWithPayments, cutoff: Date): boolean {
  if (order.status === "canceled" || order.status === "completed" || order.status === "archived") return false
  if (new Date(order.created_at).getTime() > cutoff.getTime()) return false
  const payments = paymentsOf(order)
  // Any captured payment (whatever the provider) means money arrived: leave the order to a human.
  if (payments.some((p) => p.captured_at)) return false
  return payments.some((p) => p.provider_id === VIETQR_PROVIDER_ID && !p.canceled_at)
}

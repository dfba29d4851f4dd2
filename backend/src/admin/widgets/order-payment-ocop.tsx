import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Button, Container, Heading, StatusBadge, Text, toast, usePrompt } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { adminFetch } from "../lib/api"
import { ErrorBanner } from "../lib/error-text"

type Payment = {
  id: string
  provider_id: string
  amount: number
  captured_at: string | null
  canceled_at: string | null
  data: { reference?: string } | null
}
type OrderPayments = { id: string; status: string; payment_collections: { payments: Payment[] | null }[] | null }

/** The offline methods an admin settles by hand, and the route that records the money. */
const METHODS = {
  pp_cod_cod: { label: "Cash on delivery (COD)", action: "Mark cash collected", route: "cod-collected", done: "Cash collected" },
  pp_vietqr_vietqr: { label: "VietQR bank transfer", action: "Mark transfer received", route: "vietqr-received", done: "Transfer received" },
} as const
type MethodId = keyof typeof METHODS

const isOffline = (p: Payment): p is Payment & { provider_id: MethodId } => p.provider_id in METHODS
const vnd = (amount: number) => new Intl.NumberFormat("vi-VN", { style: "currency", currency: "VND" }).format(amount)

/**
 * On the order page: how an OCOP order is paid (cash on delivery or VietQR with its transfer
 * reference) and the button that records the money, which captures the payment.
 */
const OrderPaymentWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const [loaded, setLoaded] = useState<OrderPayments | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const prompt = usePrompt()

  const load = useCallback(async () => {
    const fields = "id,status,*payment_collections.payments"
    const { order: o } = await adminFetch<{ order: OrderPayments }>(`/admin/orders/${order.id}?fields=${fields}`)
    setLoaded(o)
  }, [order.id])

  useEffect(() => {
    load().catch((e: Error) => setError(e.message))
  }, [load])

  const payment = (loaded?.payment_collections ?? []).flatMap((c) => c.payments ?? []).find(isOffline)
  if (!loaded || !payment) return null
  const method = METHODS[payment.provider_id]
  const canceled = loaded.status === "canceled" || !!payment.canceled_at

  const confirm = async () => {
    const yes = await prompt({
      title: method.action,
      description: `Record that ${vnd(payment.amount)} ${payment.provider_id === "pp_cod_cod" ? "was collected in cash" : "arrived on the bank statement"} for this order? The payment is captured and cannot be undone here.`,
      variant: "confirmation",
      confirmText: method.action,
      cancelText: "Cancel",
    })
    if (!yes) return
    setBusy(true)
    setError(null)
    try {
      await adminFetch(`/admin/orders/${order.id}/${method.route}`, { method: "POST", body: { amount_received: payment.amount } })
      await load()
      toast.success(`${method.done}: payment captured`)
    } catch (e) {
      // The route says why (already recorded, order canceled, amount differs).
      setError((e as Error).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Container className="divide-y p-0" data-testid="ocop-order-payment">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">OCOP payment</Heading>
        {payment.captured_at ? (
          <StatusBadge color="green">Captured</StatusBadge>
        ) : canceled ? (
          <StatusBadge color="red">Canceled</StatusBadge>
        ) : (
          <StatusBadge color="orange">Awaiting payment</StatusBadge>
        )}
      </div>
      <div className="flex flex-col gap-y-2 px-6 py-4">
        <Row label="Method" value={method.label} />
        {payment.provider_id === "pp_vietqr_vietqr" && <Row label="Transfer reference" value={payment.data?.reference ?? "—"} mono />}
        <Row label="Amount" value={vnd(payment.amount)} />
        {payment.captured_at && <Row label={method.done} value={new Date(payment.captured_at).toLocaleString("vi-VN")} />}
      </div>
      <ErrorBanner error={error} />
      {!payment.captured_at && !canceled && (
        <div className="flex justify-end px-6 py-4">
          <Button size="small" onClick={confirm} isLoading={busy}>
            {method.action}
          </Button>
        </div>
      )}
    </Container>
  )
}

function Row({ label, value, mono }: { label: string; value: string; mono?: boolean }) {
  return (
    <div className="grid grid-cols-2 items-center">
      <Text size="small" leading="compact" weight="plus">
        {label}
      </Text>
      <Text size="small" leading="compact" className={mono ? "font-mono" : undefined}>
        {value}
      </Text>
    </div>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.side.after",
})

export default OrderPaymentWidget

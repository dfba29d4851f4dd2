// The e-mails a shopper gets about an order, as plain text in their language. Pure: the
// subscribers (src/subscribers/order-notifications*.ts) read the order and send what these build.

import { formatVnd } from "@ocop/core"
import { composeEmail, type Message, type MessageLocale } from "./layout"

export type { Message, MessageLocale } from "./layout"

/** Medusa hands amounts back as numbers, numeric strings or BigNumber-like objects. */
export type Amount = number | string | { numeric?: number; value?: string | number } | null | undefined

/** One producer's parcel (the shipping method's `data.parcels`, docs/architecture.md "Shipping"). */
export type ParcelForMessage = { producer_handle?: string | null; producer_name?: string | null; weight_g?: number | null; amount?: number | null }

export type OrderForMessage = {
  id: string
  display_id?: number | null
  email?: string | null
  /** The cart's BCP 47 locale, copied to the order (the storefront sets "vi-VN" or "en-US"). */
  locale?: string | null
  metadata?: Record<string, unknown> | null
  currency_code?: string | null
  total?: Amount
  item_total?: Amount
  shipping_total?: Amount
  items?: Array<{
    id?: string
    title?: string | null
    product_title?: string | null
    variant_title?: string | null
    quantity?: Amount
    total?: Amount
    unit_price?: Amount
  } | null> | null
  shipping_address?: {
    first_name?: string | null
    last_name?: string | null
    address_1?: string | null
    address_2?: string | null
    city?: string | null
    province?: string | null
    phone?: string | null
  } | null
  shipping_methods?: Array<{ name?: string | null; data?: { parcels?: ParcelForMessage[] | null } | null } | null> | null
  /** Payment provider of the order, e.g. pp_cod_cod, pp_vietqr_vietqr. */
  payment_provider_id?: string | null
}

export type ShipmentForMessage = {
  /** Tracking numbers of the parcels (the fulfilment's labels). */
  tracking_numbers: string[]
  tracking_urls: string[]
  /** Shipped pieces; empty means the whole order. */
  items: Array<{ title: string; quantity: number }>
}

export type MessageOptions = {
  /** Where the storefront is, for the link to the order; no link without it. */
  storefrontUrl?: string | null
}

/** The customer's language: English when the order (or its metadata) says so, else Vietnamese. */
export function messageLocale(order: Pick<OrderForMessage, "locale" | "metadata">): MessageLocale {
  const candidates = [order.locale, order.metadata?.locale]
  for (const candidate of candidates) {
    if (typeof candidate !== "string") continue
    if (/^en\b/i.test(candidate)) return "en"
    if (/^vi\b/i.test(candidate)) return "vi"
  }
  return "vi"
}

export function toAmount(value: Amount): number {
  if (value === null || value === undefined) return 0
  if (typeof value === "number") return value
  if (typeof value === "string") return Number(value) || 0
  if (typeof value.numeric === "number") return value.numeric
  return Number(value.value ?? 0) || 0
}

function money(value: Amount, currency: string | null | undefined, locale: MessageLocale): string {
  const amount = toAmount(value)
  if (!currency || currency.toLowerCase() === "vnd") return formatVnd(Math.round(amount), locale)
  return new Intl.NumberFormat(locale === "vi" ? "vi-VN" : "en-US", { style: "currency", currency: currency.toUpperCase() }).format(amount)
}

const T = {
  vi: {
    orderName: (n: string) => `Đơn hàng ${n}`,
    confirmSubject: (n: string) => `OCOP Quảng Ninh: đã nhận đơn hàng ${n}`,
    hello: (name: string) => (name ? `Chào ${name},` : "Chào bạn,"),
    confirmIntro: "Cảm ơn bạn đã mua đặc sản OCOP Quảng Ninh. Chúng tôi đã nhận đơn hàng của bạn:",
    items: "Sản phẩm",
    shipping: "Phí giao hàng",
    total: "Tổng cộng",
    deliverTo: "Giao đến",
    method: "Cách giao",
    parcels: (n: number) => `${n} kiện hàng, mỗi chủ thể gửi một kiện:`,
    cod: (total: string) => `Thanh toán khi nhận hàng: vui lòng chuẩn bị ${total}.`,
    vietqr: "Chuyển khoản VietQR: quét mã QR trên trang đơn hàng; đơn được giao sau khi tiền về.",
    seeOrder: "Xem đơn hàng",
    shipSubject: (n: string) => `OCOP Quảng Ninh: đơn hàng ${n} đã được gửi đi`,
    shipIntro: (n: string) => `Đơn hàng ${n} của bạn đã được giao cho đơn vị vận chuyển.`,
    shipped: "Đã gửi",
    tracking: "Mã vận đơn",
    trackAt: "Theo dõi",
    reason: (n: string) => `Bạn nhận e-mail này vì đã đặt đơn hàng ${n} tại OCOP Quảng Ninh.`,
    inviteSubject: (n: string) => `OCOP Quảng Ninh: bạn thấy đơn hàng ${n} thế nào?`,
    inviteIntro: (n: string) => `Đơn hàng ${n} đã đến tay bạn được vài ngày. Một đánh giá ngắn, kèm ảnh nếu có, giúp người mua khác chọn đặc sản và giúp chủ thể sản xuất làm tốt hơn:`,
    inviteWindow: "Bạn có thể đánh giá trong 90 ngày kể từ khi nhận hàng.",
    inviteLink: "Đánh giá sản phẩm đã nhận",
  },
  en: {
    orderName: (n: string) => `Order ${n}`,
    confirmSubject: (n: string) => `OCOP Quảng Ninh: we have your order ${n}`,
    hello: (name: string) => (name ? `Hello ${name},` : "Hello,"),
    confirmIntro: "Thank you for buying OCOP specialties of Quảng Ninh. We have received your order:",
    items: "Items",
    shipping: "Shipping",
    total: "Total",
    deliverTo: "Deliver to",
    method: "Delivery",
    parcels: (n: number) => (n === 1 ? "1 parcel:" : `${n} parcels, one from each producer:`),
    cod: (total: string) => `Cash on delivery: please have ${total} ready.`,
    vietqr: "VietQR bank transfer: scan the QR code on the order page; we ship once the money arrives.",
    seeOrder: "See your order",
    shipSubject: (n: string) => `OCOP Quảng Ninh: order ${n} is on its way`,
    shipIntro: (n: string) => `Your order ${n} has been handed to the carrier.`,
    shipped: "Shipped",
    tracking: "Tracking number",
    trackAt: "Track it at",
    reason: (n: string) => `You receive this e-mail because you placed order ${n} at OCOP Quảng Ninh.`,
    inviteSubject: (n: string) => `OCOP Quảng Ninh: how was your order ${n}?`,
    inviteIntro: (n: string) => `Your order ${n} arrived a few days ago. A short review, with photos if you like, helps other buyers choose and the producers do better:`,
    inviteWindow: "You can review what you received for 90 days after delivery.",
    inviteLink: "Review what you received",
  },
} as const

function orderNumber(order: OrderForMessage): string {
  return order.display_id ? `#${order.display_id}` : order.id
}

function customerName(order: OrderForMessage): string {
  const a = order.shipping_address
  return [a?.last_name, a?.first_name].filter((part) => part && part.trim()).join(" ").trim()
}

/** What shoppers call a line: the product, with the variant when it says more. */
export function itemName(item: { title?: string | null; product_title?: string | null; variant_title?: string | null }): string {
  const title = item.product_title || item.title || "?"
  const variant = item.variant_title && item.variant_title !== title && item.variant_title !== "Default variant" ? ` (${item.variant_title})` : ""
  return `${title}${variant}`
}

function itemLine(item: NonNullable<NonNullable<OrderForMessage["items"]>[number]>, order: OrderForMessage, locale: MessageLocale): string {
  const quantity = toAmount(item.quantity)
  const total = item.total !== undefined && item.total !== null ? item.total : toAmount(item.unit_price) * quantity
  return `- ${itemName(item)} × ${quantity}: ${money(total, order.currency_code, locale)}`
}

function orderLink(order: OrderForMessage, locale: MessageLocale, options: MessageOptions): string | null {
  if (!options.storefrontUrl) return null
  // The order status page a guest opens with the number and its e-mail (a customer may also sign in).
  const base = `${options.storefrontUrl.replace(/\/+$/, "")}/${locale}/orders/lookup`
  return order.display_id ? `${base}?number=${order.display_id}` : base
}

/** "Đã nhận đơn hàng #12" / "We have your order #12": items, totals, address, payment. */
export function orderConfirmation(order: OrderForMessage, options: MessageOptions = {}): Message {
  const locale = messageLocale(order)
  const t = T[locale]
  const n = orderNumber(order)
  const address = order.shipping_address
  const lines: string[] = [t.hello(customerName(order)), "", t.confirmIntro, "", `${t.orderName(n)}`, `${t.items}:`]
  for (const item of order.items ?? []) if (item) lines.push(itemLine(item, order, locale))
  if (order.shipping_total !== undefined && order.shipping_total !== null) {
    lines.push(`${t.shipping}: ${money(order.shipping_total, order.currency_code, locale)}`)
  }
  lines.push(`${t.total}: ${money(order.total, order.currency_code, locale)}`)
  const where = [address?.address_1, address?.address_2, address?.city, address?.province].filter((p) => p && p.trim())
  if (where.length) {
    lines.push("", `${t.deliverTo}: ${[customerName(order), ...where].filter(Boolean).join(", ")}${address?.phone ? ` (${address.phone})` : ""}`)
  }
  const method = order.shipping_methods?.find((m) => m?.name)
  if (method) lines.push(`${t.method}: ${method.name}`)
  const parcels = (method?.data?.parcels ?? []).filter((p) => p && typeof p.amount === "number")
  if (parcels.length) {
    lines.push(t.parcels(parcels.length))
    for (const p of parcels) {
      const weight = p.weight_g ? ` (${p.weight_g < 1000 ? `${p.weight_g} g` : `${(p.weight_g / 1000).toFixed(1)} kg`})` : ""
      lines.push(`- ${p.producer_name || p.producer_handle}${weight}: ${money(p.amount!, order.currency_code, locale)}`)
    }
  }
  if (order.payment_provider_id?.startsWith("pp_cod")) lines.push("", t.cod(money(order.total, order.currency_code, locale)))
  if (order.payment_provider_id?.startsWith("pp_vietqr")) lines.push("", t.vietqr)
  const link = orderLink(order, locale, options)
  if (link) lines.push("", `${t.seeOrder}: ${link}`)
  return composeEmail({ locale, subject: t.confirmSubject(n), lines, reason: t.reason(n) })
}

/** "Đơn hàng #12 đã được gửi đi" / "Order #12 is on its way": what left, and how to track it. */
export function shipmentMessage(order: OrderForMessage, shipment: ShipmentForMessage, options: MessageOptions = {}): Message {
  const locale = messageLocale(order)
  const t = T[locale]
  const n = orderNumber(order)
  const lines: string[] = [t.hello(customerName(order)), "", t.shipIntro(n)]
  if (shipment.items.length) {
    lines.push("", `${t.shipped}:`)
    for (const item of shipment.items) lines.push(`- ${item.title} × ${item.quantity}`)
  }
  if (shipment.tracking_numbers.length) lines.push("", `${t.tracking}: ${shipment.tracking_numbers.join(", ")}`)
  for (const url of shipment.tracking_urls) lines.push(`${t.trackAt}: ${url}`)
  const link = orderLink(order, locale, options)
  if (link) lines.push("", `${t.seeOrder}: ${link}`)
  return composeEmail({ locale, subject: t.shipSubject(n), lines, reason: t.reason(n) })
}

/**
 * "Bạn thấy đơn hàng #12 thế nào?" / "How was your order #12?": the products still open for review,
 * and the link to the order page of the buyer's account, where each line has its review form.
 */
export function reviewInviteMessage(order: OrderForMessage, products: string[], options: MessageOptions = {}): Message {
  const locale = messageLocale(order)
  const t = T[locale]
  const n = orderNumber(order)
  const lines: string[] = [t.hello(customerName(order)), "", t.inviteIntro(n)]
  for (const product of products) lines.push(`- ${product}`)
  lines.push("", t.inviteWindow)
  if (options.storefrontUrl) lines.push("", `${t.inviteLink}: ${options.storefrontUrl.replace(/\/+$/, "")}/${locale}/account/orders/${encodeURIComponent(order.id)}`)
  return composeEmail({ locale, subject: t.inviteSubject(n), lines, reason: t.reason(n) })
}

import { describe, expect, it } from "vitest"
import { messageLocale, orderConfirmation, reviewInviteMessage, shipmentMessage, toAmount, type OrderForMessage } from "./order-messages"

const order: OrderForMessage = {
  id: "order_01",
  display_id: 12,
  email: "lan@example.vn",
  locale: "vi-VN",
  currency_code: "vnd",
  total: 1_250_000,
  shipping_total: 30_000,
  items: [
    { product_title: "Trà hoa vàng Ba Chẽ", variant_title: "100g", quantity: 2, total: 1_220_000 },
    { title: "Nước mắm Cái Rồng", quantity: { numeric: 1 }, unit_price: "0" },
  ],
  shipping_address: { first_name: "Lan", last_name: "Nguyễn", address_1: "12 Trần Hưng Đạo", city: "Phường Hạ Long", province: "Quảng Ninh", phone: "+84912345678" },
  shipping_methods: [{ name: "Giao hàng tiêu chuẩn" }],
  payment_provider_id: "pp_cod_cod",
}

describe("messageLocale", () => {
  it("reads the order's locale, then its metadata, and defaults to Vietnamese", () => {
    expect(messageLocale({ locale: "en-US" })).toBe("en")
    expect(messageLocale({ locale: "vi-VN", metadata: { locale: "en" } })).toBe("vi")
    expect(messageLocale({ locale: null, metadata: { locale: "en" } })).toBe("en")
    expect(messageLocale({ locale: "fr-FR" })).toBe("vi")
    expect(messageLocale({})).toBe("vi")
  })
})

describe("toAmount", () => {
  it("reads numbers, numeric strings and BigNumber-like objects", () => {
    expect(toAmount(5)).toBe(5)
    expect(toAmount("1250000")).toBe(1_250_000)
    expect(toAmount({ numeric: 7 })).toBe(7)
    expect(toAmount({ value: "9" })).toBe(9)
    expect(toAmount(null)).toBe(0)
  })
})

describe("orderConfirmation", () => {
  it("writes the order in Vietnamese with VND amounts, address, delivery and cash on delivery", () => {
    const message = orderConfirmation(order, { storefrontUrl: "https://ocop.example/" })
    expect(message.locale).toBe("vi")
    expect(message.subject).toBe("OCOP Quảng Ninh: đã nhận đơn hàng #12")
    expect(message.text).toContain("Chào Nguyễn Lan,")
    expect(message.text).toContain("- Trà hoa vàng Ba Chẽ (100g) × 2: 1.220.000\u00a0₫")
    expect(message.text).toContain("- Nước mắm Cái Rồng × 1: 0\u00a0₫")
    expect(message.text).toContain("Phí giao hàng: 30.000\u00a0₫")
    expect(message.text).toContain("Tổng cộng: 1.250.000\u00a0₫")
    expect(message.text).toContain("Giao đến: Nguyễn Lan, 12 Trần Hưng Đạo, Phường Hạ Long, Quảng Ninh (+84912345678)")
    expect(message.text).toContain("Cách giao: Giao hàng tiêu chuẩn")
    expect(message.text).toContain("Thanh toán khi nhận hàng: vui lòng chuẩn bị 1.250.000\u00a0₫.")
    expect(message.text).toContain("Xem đơn hàng: https://ocop.example/vi/orders/lookup?number=12")
  })

  it("lists one parcel per producer with its weight and shipping, in the order's language", () => {
    const parcels = [
      { producer_handle: "ngoc-trai-ha-long", producer_name: "Ngọc trai Hạ Long", weight_g: 1200, amount: 42_000 },
      { producer_handle: "lam-san-dap-thanh", weight_g: 500, amount: 32_000 },
    ]
    const withParcels = { ...order, shipping_methods: [{ name: "Giao hàng tiêu chuẩn", data: { parcels } }] }
    const vi = orderConfirmation(withParcels).text
    expect(vi).toContain("2 kiện hàng, mỗi chủ thể gửi một kiện:")
    expect(vi).toContain("- Ngọc trai Hạ Long (1.2 kg): 42.000\u00a0₫")
    expect(vi).toContain("- lam-san-dap-thanh (500 g): 32.000\u00a0₫")
    expect(orderConfirmation({ ...withParcels, locale: "en-US" }).text).toContain("2 parcels, one from each producer:")
  })

  it("writes it in English for an English order, with the VietQR instructions", () => {
    const message = orderConfirmation({ ...order, locale: "en-US", payment_provider_id: "pp_vietqr_vietqr" })
    expect(message.locale).toBe("en")
    expect(message.subject).toBe("OCOP Quảng Ninh: we have your order #12")
    expect(message.text).toContain("Total: ₫1,250,000")
    expect(message.text).toContain("VietQR bank transfer")
    expect(message.text).not.toContain("Cash on delivery")
    // No storefront address configured: no link rather than a wrong one.
    expect(message.text).not.toContain("See your order")
  })

  it("copes with an order without items, address or number", () => {
    const message = orderConfirmation({ id: "order_x", total: null })
    expect(message.subject).toBe("OCOP Quảng Ninh: đã nhận đơn hàng order_x")
    expect(message.text).toContain("Chào bạn,")
    expect(message.text).toContain("Tổng cộng: 0\u00a0₫")
  })
})

describe("shipmentMessage", () => {
  const shipment = { tracking_numbers: ["VN123456789"], tracking_urls: ["https://track.example/VN123456789"], items: [{ title: "Trà hoa vàng Ba Chẽ", quantity: 2 }] }

  it("says what left and how to track it, in Vietnamese", () => {
    const message = shipmentMessage(order, shipment)
    expect(message.subject).toBe("OCOP Quảng Ninh: đơn hàng #12 đã được gửi đi")
    expect(message.text).toContain("- Trà hoa vàng Ba Chẽ × 2")
    expect(message.text).toContain("Mã vận đơn: VN123456789")
    expect(message.text).toContain("Theo dõi: https://track.example/VN123456789")
  })

  it("and in English, without tracking when there is none", () => {
    const message = shipmentMessage({ ...order, locale: "en" }, { tracking_numbers: [], tracking_urls: [], items: [] })
    expect(message.subject).toBe("OCOP Quảng Ninh: order #12 is on its way")
    expect(message.text).toContain("Your order #12 has been handed to the carrier.")
    expect(message.text).not.toContain("Tracking number")
  })
})

describe("reviewInviteMessage", () => {
  it("lists what is left to review and links to the order page of the account, in the order's language", () => {
    const vi = reviewInviteMessage(order, ["Trà hoa vàng Ba Chẽ (100g)"], { storefrontUrl: "https://cho.ocop.vn/" })
    expect(vi.locale).toBe("vi")
    expect(vi.subject).toBe("OCOP Quảng Ninh: bạn thấy đơn hàng #12 thế nào?")
    expect(vi.text).toContain("Chào Nguyễn Lan,")
    expect(vi.text).toContain("- Trà hoa vàng Ba Chẽ (100g)")
    expect(vi.text).toContain("Đánh giá sản phẩm đã nhận: https://cho.ocop.vn/vi/account/orders/order_01")
    expect(vi.html).toContain('href="https://cho.ocop.vn/vi/account/orders/order_01"')

    const en = reviewInviteMessage({ ...order, locale: "en-US" }, ["Nước mắm Cái Rồng"], { storefrontUrl: "https://cho.ocop.vn" })
    expect(en.subject).toBe("OCOP Quảng Ninh: how was your order #12?")
    expect(en.text).toContain("Review what you received: https://cho.ocop.vn/en/account/orders/order_01")
    // Without a storefront address there is no link, and nothing breaks.
    expect(reviewInviteMessage(order, ["x"]).text).not.toContain("http")
  })
})

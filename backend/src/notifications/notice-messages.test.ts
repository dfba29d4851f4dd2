import { describe, expect, it } from "vitest"
import { NOTICE_KINDS, noticeEmail, noticeText, optionalKinds } from "./notice-messages"

describe("notices", () => {
  it("names what each audience may turn off; money, refusals and deadlines are not among them", () => {
    expect(optionalKinds("producer")).toEqual(["order-to-ship", "certificate-expiring-90"])
    expect(optionalKinds("partner")).toEqual(["partner-order", "partner-commission"])
    for (const kind of ["payout-paid", "partner-payout-paid", "certificate-refused", "certificate-expired", "return-requested"] as const) {
      expect(NOTICE_KINDS[kind].optional).toBe(false)
    }
  })

  it("writes every kind in both languages, with the order, product and amounts", () => {
    const facts = { order: "#12", products: ["Chả mực × 2"], product: "Trà hoa vàng", certificate: "12/QĐ", expires_on: "2027-01-31", amount: 177_000, period: "2026-11", name: "HTX A", reason: "Thiếu" }
    for (const kind of Object.keys(NOTICE_KINDS) as Array<keyof typeof NOTICE_KINDS>) {
      for (const locale of ["vi", "en"] as const) {
        const { title, lines } = noticeText(kind, facts, locale)
        expect(title.length).toBeGreaterThan(5)
        expect(lines.join(" ")).not.toContain("undefined")
      }
    }
    expect(noticeText("order-to-ship", facts, "en")).toEqual({
      title: "New order #12 to ship",
      lines: ["A new order holds your products:", "- Chả mực × 2", "", "Please pack and ship it from the producer portal."],
    })
    expect(noticeText("payout-paid", facts, "vi").title).toBe("Đã chuyển 177.000\u00a0₫ kỳ 2026-11")
  })

  it("e-mails a notice as HTML and text, with a link to the portal and a footer that says how to turn it off", () => {
    const mail = noticeEmail("order-to-ship", { order: "#7", products: ["Mật ong × 1"] }, "vi", "https://ocop.example/vi/producer/notices")
    expect(mail.subject).toBe("OCOP Quảng Ninh: Đơn hàng mới #7 cần giao")
    expect(mail.text).toContain("- Mật ong × 1")
    expect(mail.text).toContain("Mở: https://ocop.example/vi/producer/notices")
    expect(mail.text).toContain("Có thể tắt loại thông báo này")
    expect(mail.html).toContain('<html lang="vi">')
    expect(mail.html).toContain("<li>Mật ong × 1</li>")
    const mandatory = noticeEmail("payout-paid", { amount: 5000, period: "2026-11", bank_reference: "FT1" }, "en")
    expect(mandatory.text).not.toContain("turn this kind off")
    expect(mandatory.text).toContain("Bank reference: FT1")
  })
})

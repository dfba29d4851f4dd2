import { describe, expect, it } from "vitest"
import { passwordResetLink, passwordResetMessage } from "./account-messages"

describe("passwordResetLink", () => {
  const base = { token: "a.b+c/d", storefrontUrl: "https://ocop.example/", adminUrl: "https://admin.ocop.example" }

  it("leads shoppers, producers and partners to their storefront page in their language", () => {
    expect(passwordResetLink({ ...base, actor: "customer", locale: "vi" })).toBe("https://ocop.example/vi/account/reset-password?token=a.b%2Bc%2Fd")
    expect(passwordResetLink({ ...base, actor: "producer", locale: "en" })).toBe("https://ocop.example/en/producer/reset-password?token=a.b%2Bc%2Fd")
    expect(passwordResetLink({ ...base, actor: "partner", locale: "vi" })).toBe("https://ocop.example/vi/partner/reset-password?token=a.b%2Bc%2Fd")
  })

  it("leads admins to the dashboard's own reset page", () => {
    expect(passwordResetLink({ ...base, actor: "user", locale: "vi" })).toBe("https://admin.ocop.example/app/reset-password?token=a.b%2Bc%2Fd")
  })
})

describe("passwordResetMessage", () => {
  it("names the account, links the page, says how long the link works and why the e-mail came", () => {
    const message = passwordResetMessage({ actor: "producer", email: "hop-tac-xa@example.vn", link: "https://ocop.example/vi/producer/reset-password?token=t", locale: "vi" })
    expect(message.subject).toBe("OCOP Quảng Ninh: đặt lại mật khẩu")
    expect(message.text).toContain("tài khoản nhà sản xuất hop-tac-xa@example.vn")
    expect(message.text).toContain("Chọn mật khẩu mới: https://ocop.example/vi/producer/reset-password?token=t")
    expect(message.text).toContain("Liên kết dùng được một lần, trong 15 phút.")
    expect(message.html).toContain('<a href="https://ocop.example/vi/producer/reset-password?token=t"')
    expect(message.text).toContain("Bạn nhận e-mail này vì có yêu cầu đặt lại mật khẩu")
  })
})

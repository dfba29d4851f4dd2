// The e-mail with a link to choose a new password, for every kind of account. Pure.

import { composeEmail, type Message, type MessageLocale } from "./layout"

export type AccountActor = "customer" | "producer" | "partner" | "user"

export const RESET_LINK_MINUTES = 15

const ACCOUNT: Record<MessageLocale, Record<AccountActor, string>> = {
  vi: { customer: "tài khoản mua hàng", producer: "tài khoản nhà sản xuất", partner: "tài khoản đối tác", user: "tài khoản quản trị" },
  en: { customer: "shopping account", producer: "producer account", partner: "partner account", user: "admin account" },
}

const T = {
  vi: {
    subject: "OCOP Quảng Ninh: đặt lại mật khẩu",
    intro: (account: string, email: string) => `Có người (có lẽ là bạn) đã yêu cầu đặt lại mật khẩu ${account} ${email}.`,
    action: "Chọn mật khẩu mới",
    expiry: (minutes: number) => `Liên kết dùng được một lần, trong ${minutes} phút.`,
    ignore: "Nếu bạn không yêu cầu, hãy bỏ qua e-mail này: mật khẩu của bạn không thay đổi.",
    reason: "Bạn nhận e-mail này vì có yêu cầu đặt lại mật khẩu cho địa chỉ này tại OCOP Quảng Ninh.",
  },
  en: {
    subject: "OCOP Quảng Ninh: reset your password",
    intro: (account: string, email: string) => `Someone (probably you) asked to reset the password of the ${account} ${email}.`,
    action: "Choose a new password",
    expiry: (minutes: number) => `The link works once, for ${minutes} minutes.`,
    ignore: "If you did not ask, ignore this e-mail: your password stays as it is.",
    reason: "You receive this e-mail because a password reset was asked for this address at OCOP Quảng Ninh.",
  },
} as const

/** The link is built by the caller (storefront or admin page with `token=`). */
export function passwordResetMessage(input: { actor: AccountActor; email: string; link: string; locale: MessageLocale }): Message {
  const t = T[input.locale]
  const lines = [
    t.intro(ACCOUNT[input.locale][input.actor], input.email),
    "",
    `${t.action}: ${input.link}`,
    "",
    t.expiry(RESET_LINK_MINUTES),
    t.ignore,
  ]
  return composeEmail({ locale: input.locale, subject: t.subject, lines, reason: t.reason })
}

/**
 * Where the link leads: the storefront's page of the account's kind, or the admin dashboard's
 * own reset page for platform admins. The token travels in the query (`token=`).
 */
export function passwordResetLink(input: {
  actor: AccountActor
  token: string
  locale: MessageLocale
  storefrontUrl: string
  adminUrl: string
}): string {
  const token = encodeURIComponent(input.token)
  if (input.actor === "user") return `${input.adminUrl.replace(/\/+$/, "")}/app/reset-password?token=${token}`
  const base = input.storefrontUrl.replace(/\/+$/, "")
  const page = { customer: "account", producer: "producer", partner: "partner" }[input.actor]
  return `${base}/${input.locale}/${page}/reset-password?token=${token}`
}

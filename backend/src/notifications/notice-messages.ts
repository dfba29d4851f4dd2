// The notices producers, partners and the admin get (e-mail and the portals' own list), in
// Vietnamese and English, from one table. Pure: src/notifications/notify.ts sends what these build.

import { formatVnd } from "@ocop/core"
import { composeEmail, type Message, type MessageLocale } from "./layout"

export type NoticeAudience = "producer" | "partner" | "admin"

/** What a notice is about; each kind names its audience and whether a person may turn it off. */
export const NOTICE_KINDS = {
  "order-to-ship": { audience: "producer", optional: true },
  "order-canceled": { audience: "producer", optional: false },
  "certificate-verified": { audience: "producer", optional: false },
  "certificate-refused": { audience: "producer", optional: false },
  "certificate-expiring-90": { audience: "producer", optional: true },
  "certificate-expiring-30": { audience: "producer", optional: false },
  "certificate-expired": { audience: "producer", optional: false },
  "return-requested": { audience: "producer", optional: false },
  "payout-paid": { audience: "producer", optional: false },
  "partner-order": { audience: "partner", optional: true },
  "partner-commission": { audience: "partner", optional: true },
  "partner-payout-paid": { audience: "partner", optional: false },
  "admin-producer-application": { audience: "admin", optional: true },
  "admin-partner-application": { audience: "admin", optional: true },
  "admin-certificate-request": { audience: "admin", optional: true },
  "admin-return-disputed": { audience: "admin", optional: false },
} as const satisfies Record<string, { audience: NoticeAudience; optional: boolean }>

export type NoticeKind = keyof typeof NOTICE_KINDS

/** The kinds one audience may turn off (the others always reach them: money, refusals, deadlines). */
export function optionalKinds(audience: NoticeAudience): NoticeKind[] {
  return (Object.keys(NOTICE_KINDS) as NoticeKind[]).filter((k) => NOTICE_KINDS[k].audience === audience && NOTICE_KINDS[k].optional)
}

/** What a notice names; each template reads the fields it needs. */
export type NoticeFacts = {
  order?: string | null
  products?: string[]
  product?: string | null
  amount?: number | null
  certificate?: string | null
  expires_on?: string | null
  reason?: string | null
  name?: string | null
  period?: string | null
  bank_reference?: string | null
}

type Text = { title: (f: NoticeFacts) => string; body: (f: NoticeFacts) => string[] }

const money = (f: NoticeFacts, locale: MessageLocale) => formatVnd(Math.round(f.amount ?? 0), locale)
const list = (items: string[] | undefined) => (items ?? []).map((p) => `- ${p}`)

const TEXTS: Record<MessageLocale, Record<NoticeKind, Text>> = {
  vi: {
    "order-to-ship": { title: (f) => `Đơn hàng mới ${f.order} cần giao`, body: (f) => ["Có đơn hàng mới gồm sản phẩm của bạn:", ...list(f.products), "", "Vui lòng chuẩn bị và gửi hàng trong cổng nhà sản xuất."] },
    "order-canceled": { title: (f) => `Đơn hàng ${f.order} đã bị hủy`, body: (f) => ["Đơn hàng này đã bị hủy, không cần gửi hàng:", ...list(f.products)] },
    "certificate-verified": { title: (f) => `Chứng nhận OCOP của ${f.product} đã được xác minh`, body: (f) => [`Quyết định ${f.certificate} đã được xác minh; sản phẩm ${f.product} được bán với dấu OCOP.`] },
    "certificate-refused": { title: (f) => `Chứng nhận OCOP của ${f.product} bị từ chối`, body: (f) => [`Quyết định ${f.certificate} không được chấp nhận.`, `Lý do: ${f.reason ?? "—"}`] },
    "certificate-expiring-90": { title: (f) => `Chứng nhận OCOP của ${f.product} hết hạn sau 90 ngày`, body: (f) => [`Quyết định ${f.certificate} hết hạn ngày ${f.expires_on}. Hãy chuẩn bị hồ sơ đánh giá lại.`] },
    "certificate-expiring-30": { title: (f) => `Chứng nhận OCOP của ${f.product} hết hạn sau 30 ngày`, body: (f) => [`Quyết định ${f.certificate} hết hạn ngày ${f.expires_on}. Sau ngày đó sản phẩm ngừng bán.`] },
    "certificate-expired": { title: (f) => `Chứng nhận OCOP của ${f.product} đã hết hạn`, body: (f) => [`Quyết định ${f.certificate} đã hết hạn; sản phẩm ${f.product} tạm ngừng bán cho đến khi có chứng nhận mới.`] },
    "return-requested": { title: (f) => `Yêu cầu trả hàng cho đơn ${f.order}`, body: () => ["Người mua yêu cầu trả hàng. Vui lòng xem và trả lời trong cổng nhà sản xuất."] },
    "payout-paid": { title: (f) => `Đã chuyển ${money(f, "vi")} kỳ ${f.period}`, body: (f) => [`Sàn đã chuyển ${money(f, "vi")} cho kỳ ${f.period}.`, `Mã giao dịch: ${f.bank_reference ?? "—"}`] },
    "partner-order": { title: (f) => `Đơn hàng ${f.order} qua liên kết của bạn`, body: (f) => [`Một khách đã đặt đơn hàng ${f.order} qua liên kết của bạn.`, `Hoa hồng dự kiến: ${money(f, "vi")}`] },
    "partner-commission": { title: (f) => `Hoa hồng ${money(f, "vi")} từ đơn ${f.order}`, body: (f) => [`Đơn hàng ${f.order} đã giao xong; bạn được ${money(f, "vi")} hoa hồng.`] },
    "partner-payout-paid": { title: (f) => `Đã chuyển ${money(f, "vi")} kỳ ${f.period}`, body: (f) => [`Sàn đã chuyển ${money(f, "vi")} hoa hồng kỳ ${f.period}.`, `Mã giao dịch: ${f.bank_reference ?? "—"}`] },
    "admin-producer-application": { title: (f) => `Đơn đăng ký nhà sản xuất: ${f.name}`, body: (f) => [`${f.name} đã đăng ký bán hàng và chờ duyệt.`] },
    "admin-partner-application": { title: (f) => `Đơn đăng ký đối tác: ${f.name}`, body: (f) => [`${f.name} đã đăng ký làm đối tác và chờ duyệt.`] },
    "admin-certificate-request": { title: (f) => `Yêu cầu xác minh chứng nhận: ${f.product}`, body: (f) => [`Nhà sản xuất gửi quyết định ${f.certificate} cho ${f.product}, chờ xác minh.`] },
    "admin-return-disputed": { title: (f) => `Tranh chấp trả hàng đơn ${f.order}`, body: () => ["Người mua và nhà sản xuất không thống nhất về yêu cầu trả hàng; cần sàn quyết định."] },
  },
  en: {
    "order-to-ship": { title: (f) => `New order ${f.order} to ship`, body: (f) => ["A new order holds your products:", ...list(f.products), "", "Please pack and ship it from the producer portal."] },
    "order-canceled": { title: (f) => `Order ${f.order} was canceled`, body: (f) => ["This order was canceled; do not ship it:", ...list(f.products)] },
    "certificate-verified": { title: (f) => `OCOP certificate of ${f.product} verified`, body: (f) => [`Decision ${f.certificate} is verified; ${f.product} is on sale with the OCOP mark.`] },
    "certificate-refused": { title: (f) => `OCOP certificate of ${f.product} refused`, body: (f) => [`Decision ${f.certificate} was not accepted.`, `Reason: ${f.reason ?? "—"}`] },
    "certificate-expiring-90": { title: (f) => `OCOP certificate of ${f.product} expires in 90 days`, body: (f) => [`Decision ${f.certificate} expires on ${f.expires_on}. Prepare the re-assessment file.`] },
    "certificate-expiring-30": { title: (f) => `OCOP certificate of ${f.product} expires in 30 days`, body: (f) => [`Decision ${f.certificate} expires on ${f.expires_on}. The product leaves sale after that day.`] },
    "certificate-expired": { title: (f) => `OCOP certificate of ${f.product} expired`, body: (f) => [`Decision ${f.certificate} has expired; ${f.product} is off sale until a new certificate is verified.`] },
    "return-requested": { title: (f) => `Return requested for order ${f.order}`, body: () => ["The buyer asked to return items. Please review and answer in the producer portal."] },
    "payout-paid": { title: (f) => `${money(f, "en")} paid for ${f.period}`, body: (f) => [`The marketplace transferred ${money(f, "en")} for ${f.period}.`, `Bank reference: ${f.bank_reference ?? "—"}`] },
    "partner-order": { title: (f) => `Order ${f.order} through your link`, body: (f) => [`A guest placed order ${f.order} through your link.`, `Expected commission: ${money(f, "en")}`] },
    "partner-commission": { title: (f) => `${money(f, "en")} commission from order ${f.order}`, body: (f) => [`Order ${f.order} was delivered; you earned ${money(f, "en")} commission.`] },
    "partner-payout-paid": { title: (f) => `${money(f, "en")} paid for ${f.period}`, body: (f) => [`The marketplace transferred ${money(f, "en")} commission for ${f.period}.`, `Bank reference: ${f.bank_reference ?? "—"}`] },
    "admin-producer-application": { title: (f) => `Producer application: ${f.name}`, body: (f) => [`${f.name} applied to sell and awaits review.`] },
    "admin-partner-application": { title: (f) => `Partner application: ${f.name}`, body: (f) => [`${f.name} applied as a partner and awaits review.`] },
    "admin-certificate-request": { title: (f) => `Certificate to verify: ${f.product}`, body: (f) => [`A producer sent decision ${f.certificate} for ${f.product}; it awaits verification.`] },
    "admin-return-disputed": { title: (f) => `Return disputed on order ${f.order}`, body: () => ["The buyer and the producer disagree on a return; the marketplace must decide."] },
  },
}

const REASON: Record<MessageLocale, Record<NoticeAudience, (optional: boolean) => string>> = {
  vi: {
    producer: (o) => `Bạn nhận e-mail này vì là thành viên nhà sản xuất trên OCOP Quảng Ninh.${o ? " Có thể tắt loại thông báo này trong Hồ sơ của cổng nhà sản xuất." : ""}`,
    partner: (o) => `Bạn nhận e-mail này vì là đối tác của OCOP Quảng Ninh.${o ? " Có thể tắt loại thông báo này trong Hồ sơ của cổng đối tác." : ""}`,
    admin: () => "Bạn nhận e-mail này vì là quản trị viên của OCOP Quảng Ninh.",
  },
  en: {
    producer: (o) => `You receive this e-mail as a producer member at OCOP Quảng Ninh.${o ? " You can turn this kind off in the producer portal's Profile." : ""}`,
    partner: (o) => `You receive this e-mail as a partner of OCOP Quảng Ninh.${o ? " You can turn this kind off in the partner portal's Profile." : ""}`,
    admin: () => "You receive this e-mail as an administrator of OCOP Quảng Ninh.",
  },
}

/** The notice's title (the portals' list) and body lines, in one language. */
export function noticeText(kind: NoticeKind, facts: NoticeFacts, locale: MessageLocale): { title: string; lines: string[] } {
  const text = TEXTS[locale][kind]
  return { title: text.title(facts), lines: text.body(facts) }
}

/** The notice as an e-mail: "OCOP Quảng Ninh: <title>", the body, a link to the portal when known. */
export function noticeEmail(kind: NoticeKind, facts: NoticeFacts, locale: MessageLocale, link?: string | null): Message {
  const { title, lines } = noticeText(kind, facts, locale)
  const body = link ? [...lines, "", `${locale === "vi" ? "Mở" : "Open"}: ${link}`] : lines
  const { audience, optional } = NOTICE_KINDS[kind]
  return composeEmail({ locale, subject: `OCOP Quảng Ninh: ${title}`, lines: body, reason: REASON[locale][audience](optional) })
}

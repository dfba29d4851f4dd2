// The one layout of every e-mail: the marketplace's name on top, the message, and a footer saying
// why the person gets it; a plain-text part and an HTML part from the same lines. Pure.

export type MessageLocale = "vi" | "en"

export type Message = { subject: string; text: string; html: string; locale: MessageLocale }

export const MARKETPLACE_NAME = "OCOP Quảng Ninh"

const CLOSING: Record<MessageLocale, string> = {
  vi: "OCOP Quảng Ninh – Mỗi xã một sản phẩm",
  en: "OCOP Quảng Ninh – One Commune One Product",
}

export type EmailContent = {
  locale: MessageLocale
  subject: string
  /** The body, one line each: "" separates paragraphs, "- " starts a list item, "Label: https://…" is a link. */
  lines: string[]
  /** Why the person gets this e-mail (the footer). */
  reason: string
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!)
}

const LINK_LINE = /^(.*?):\s+(https?:\/\/\S+)$/

function htmlLine(line: string): string {
  const link = LINK_LINE.exec(line)
  if (link) {
    const href = escapeHtml(link[2]!)
    return `<a href="${href}" style="color:#1b5e20;font-weight:bold">${escapeHtml(link[1]!)}</a><br><span style="font-size:12px;color:#666">${href}</span>`
  }
  return escapeHtml(line)
}

function htmlBody(lines: string[]): string {
  const blocks: string[] = []
  let paragraph: string[] = []
  let list: string[] = []
  const flush = () => {
    if (paragraph.length) blocks.push(`<p style="margin:0 0 16px">${paragraph.join("<br>")}</p>`)
    if (list.length) blocks.push(`<ul style="margin:0 0 16px;padding-left:20px">${list.map((item) => `<li>${item}</li>`).join("")}</ul>`)
    paragraph = []
    list = []
  }
  for (const line of lines) {
    if (!line.trim()) {
      flush()
    } else if (line.startsWith("- ")) {
      if (paragraph.length) flush()
      list.push(htmlLine(line.slice(2)))
    } else {
      if (list.length) flush()
      paragraph.push(htmlLine(line))
    }
  }
  flush()
  return blocks.join("\n")
}

/** The e-mail in both parts: text (lines, closing, reason) and HTML (the same, laid out). */
export function composeEmail({ locale, subject, lines, reason }: EmailContent): Message {
  const text = [...lines, "", CLOSING[locale], "", "--", reason].join("\n")
  const html = `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;background:#f4f1ea;font-family:Arial,Helvetica,sans-serif;color:#222">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 12px">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="max-width:600px;background:#fff;border-radius:8px">
<tr><td style="background:#1b5e20;color:#fff;padding:16px 24px;font-size:20px;font-weight:bold;border-radius:8px 8px 0 0">${escapeHtml(MARKETPLACE_NAME)}</td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:1.5">
${htmlBody(lines)}
<p style="margin:24px 0 0;color:#555">${escapeHtml(CLOSING[locale])}</p>
</td></tr>
<tr><td style="padding:16px 24px;border-top:1px solid #eee;font-size:12px;color:#777">${escapeHtml(reason)}</td></tr>
</table></td></tr></table>
</body></html>`
  return { subject, text, html, locale }
}

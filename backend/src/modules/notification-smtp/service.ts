// Sends the channel "email" over SMTP with nodemailer. The messages are rendered before they get
// here (src/notifications): the provider sends the subject, text and HTML it is handed, from
// `content` or, for a notification sent again from the table (which keeps no content), `data`.
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import type { Logger, ProviderSendNotificationDTO, ProviderSendNotificationResultsDTO } from "@medusajs/framework/types"
import nodemailer, { type Transporter } from "nodemailer"

export type SmtpOptions = {
  /** smtp://user:password@host:port (smtps:// for TLS from the start); wins over the parts below. */
  url?: string
  host?: string
  port?: number
  user?: string
  password?: string
  /** TLS from the start (port 465); otherwise STARTTLS when the server offers it. */
  secure?: boolean
  /** The sender, e.g. "OCOP Quảng Ninh <no-reply@ocop.vn>". */
  from: string
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value.length ? value : undefined
}

export default class SmtpNotificationProviderService extends AbstractNotificationProviderService {
  static override identifier = "notification-smtp"

  protected readonly transporter_: Transporter
  protected readonly from_: string
  protected readonly logger_: Logger

  static override validateOptions(options: Record<string, unknown>) {
    if (!options.url && !options.host) throw new Error("The SMTP notification provider needs `url` or `host`")
    if (!options.from) throw new Error("The SMTP notification provider needs `from`")
  }

  constructor({ logger }: { logger: Logger }, options: SmtpOptions) {
    super()
    this.logger_ = logger
    this.from_ = options.from
    const timeouts = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 }
    this.transporter_ = options.url
      ? nodemailer.createTransport({ url: options.url, ...timeouts })
      : nodemailer.createTransport({
          host: options.host,
          port: options.port ?? 587,
          secure: options.secure ?? options.port === 465,
          auth: options.user ? { user: options.user, pass: options.password ?? "" } : undefined,
          ...timeouts,
        })
  }

  override async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    const data = notification.data ?? {}
    const subject = text(notification.content?.subject) ?? text(data.subject)
    const plain = text(notification.content?.text) ?? text(data.text)
    const html = text(notification.content?.html) ?? text(data.html)
    if (!subject || (!plain && !html)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `E-mail "${notification.template}" to ${notification.to} has no subject or body`)
    }
    const info = await this.transporter_.sendMail({
      from: notification.from || this.from_,
      to: notification.to,
      subject,
      text: plain,
      html,
      headers: { "X-OCOP-Template": notification.template },
    })
    this.logger_.info(`E-mail "${notification.template}" sent to ${notification.to} (${info.messageId})`)
    return { id: info.messageId }
  }
}

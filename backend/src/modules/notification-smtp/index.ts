import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import SmtpNotificationProviderService from "./service"

/** Notification Module provider: e-mail over SMTP (register with `id: "smtp"`, channel "email"). */
export default ModuleProvider(Modules.NOTIFICATION, { services: [SmtpNotificationProviderService] })

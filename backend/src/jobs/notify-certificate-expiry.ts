import type { MedusaContainer } from "@medusajs/framework/types"
import { notifyExpiringCertificates } from "../notifications/certificate-expiry-notices"

/** Daily: producers whose certificates run out within 90, then 30 days are told (once each). */
export default async function notifyCertificateExpiry(container: MedusaContainer) {
  await notifyExpiringCertificates(container)
}

export const config = {
  name: "notify-certificate-expiry",
  // 01:10 UTC = 08:10 in Vietnam: a working-hours e-mail.
  schedule: "10 1 * * *",
}

// Producers hear 90 and 30 days ahead that a certificate runs out (src/jobs/notify-certificate-expiry.ts,
// daily); the expiry itself is told when src/jobs/expire-certificates.ts marks it (subscriber).

import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { certificateWithProducer } from "./notice-sources"
import { notify } from "./notify"

const DAY_MS = 24 * 60 * 60 * 1000

/** Tells each producer once per certificate and threshold; returns how many certificates were due. */
export async function notifyExpiringCertificates(container: MedusaContainer, now: Date = new Date()): Promise<number> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "ocop_certificate",
    fields: ["id", "expires_at"],
    filters: { status: "valid", expires_at: { $gt: now, $lte: new Date(now.getTime() + 90 * DAY_MS) } },
  })
  for (const row of data as Array<{ id: string; expires_at: string | Date }>) {
    const daysLeft = (new Date(row.expires_at).getTime() - now.getTime()) / DAY_MS
    const kind = daysLeft <= 30 ? "certificate-expiring-30" : "certificate-expiring-90"
    const cert = await certificateWithProducer(container, row.id)
    if (!cert?.producer_id) continue
    await notify(container, {
      kind,
      // One per threshold and expiry date: a renewed certificate (new date) is told again.
      key: `${kind}:${cert.id}:${cert.expires_at}`,
      facts: { product: cert.product, certificate: cert.decision_number, expires_on: cert.expires_at },
      ownerId: cert.producer_id,
      resourceId: cert.id,
      resourceType: "ocop_certificate",
      trigger: "schedule",
    })
  }
  return data.length
}

import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { withRetry } from "../notifications/order-email"
import { certificateWithProducer } from "../notifications/notice-sources"
import { notify } from "../notifications/notify"

type Data = { certificate_id?: string; id?: string; product_id?: string | null; approved?: boolean; reason?: string | null }

/**
 * The producer hears when the admin verifies or refuses its certificate
 * (ocop.certificate.decided) and when one expires (ocop_certificate.expired, one per certificate).
 */
export default async function certificateNotices({ event, container }: SubscriberArgs<Data | Data[]>) {
  const items = Array.isArray(event.data) ? event.data : [event.data]
  for (const data of items) {
    const certificateId = data?.certificate_id ?? data?.id
    if (!certificateId) continue
    const kind = event.name === "ocop_certificate.expired" ? "certificate-expired" : data.approved === false ? "certificate-refused" : "certificate-verified"
    await withRetry(`Certificate notice (${kind}) for ${certificateId}`, container, async () => {
      const cert = await certificateWithProducer(container, certificateId, data.product_id)
      if (!cert?.producer_id) return
      await notify(container, {
        kind,
        key: `${kind}:${cert.id}:${cert.expires_at ?? ""}`,
        facts: { product: cert.product, certificate: cert.decision_number, expires_on: cert.expires_at, reason: data.reason ?? cert.status_reason },
        ownerId: cert.producer_id,
        resourceId: cert.id,
        resourceType: "ocop_certificate",
        trigger: event.name,
      })
    })
  }
}

export const config: SubscriberConfig = { event: ["ocop.certificate.decided", "ocop_certificate.expired"] }

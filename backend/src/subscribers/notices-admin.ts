import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { withRetry } from "../notifications/order-email"
import { certificateWithProducer } from "../notifications/notice-sources"
import { notify } from "../notifications/notify"

type Data = { id?: string; certificate_id?: string | null; product_id?: string | null }

/** The admins hear of a producer's or partner's application and of a certificate to verify. */
export default async function adminNotices({ event, container }: SubscriberArgs<Data>) {
  const data = event.data ?? {}
  await withRetry(`Admin notice for ${event.name}`, container, async () => {
    if (event.name === "ocop.certificate.requested") {
      if (!data.certificate_id) return
      const cert = await certificateWithProducer(container, data.certificate_id, data.product_id)
      if (!cert) return
      await notify(container, {
        kind: "admin-certificate-request",
        key: `admin-certificate-request:${cert.id}`,
        facts: { product: cert.product, certificate: cert.decision_number },
        resourceId: cert.id,
        resourceType: "ocop_certificate",
        trigger: event.name,
      })
      return
    }
    if (!data.id) return
    const entity = event.name === "ocop.producer.applied" ? "producer" : "partner"
    const { data: rows } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity, fields: ["id", "display_name"], filters: { id: data.id } })
    const row = rows[0] as { id: string; display_name: string } | undefined
    if (!row) return
    await notify(container, {
      kind: entity === "producer" ? "admin-producer-application" : "admin-partner-application",
      key: `admin-${entity}-application:${row.id}`,
      facts: { name: row.display_name },
      resourceId: row.id,
      resourceType: entity,
      trigger: event.name,
    })
  })
}

export const config: SubscriberConfig = { event: ["ocop.producer.applied", "ocop.partner.applied", "ocop.certificate.requested"] }

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { addDays, isoDateInVietnam } from "@ocop/core"
import { certificateView, CERTIFICATE_FIELDS, communeName, type CertificateRecord } from "../../store/lib/ocop"
import type { AdminListCertificatesType } from "../validators"
import { EXPIRING_WITHIN_DAYS } from "@ocop/core"

/**
 * GET /admin/certificates?status=valid|expiring|expired|revoked|pending_verification&limit&offset
 * → { certificates: [{ ...certificate, validity, days_until_expiry, commune_name, product: { id, title, handle, status, producer } }], count, limit, offset }
 * Soonest expiry first. expiring = status valid and last valid day within 90 days; expired = marked
 * expired, or still marked valid although its last valid day has passed (the daily job not run yet).
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListCertificatesType>, res: MedusaResponse) {
  const { status, limit, offset } = req.validatedQuery
  const today = isoDateInVietnam()
  const todayStart = new Date(`${today}T00:00:00.000Z`)
  const horizon = new Date(`${addDays(today, EXPIRING_WITHIN_DAYS)}T00:00:00.000Z`)

  let filters: Record<string, unknown> = {}
  switch (status) {
    case "valid":
      filters = { status: "valid", expires_at: { $gte: todayStart } }
      break
    case "expiring":
      filters = { status: "valid", expires_at: { $gte: todayStart, $lte: horizon } }
      break
    case "expired":
      filters = { $or: [{ status: "expired" }, { status: "valid", expires_at: { $lt: todayStart } }] }
      break
    case "revoked":
    case "pending_verification":
      filters = { status }
      break
  }
  // The certificate with its product through the link (src/links/product-ocop-certificate.ts).
  type Listed = CertificateRecord & { product?: { id: string } | null }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "ocop_certificate",
    fields: [
      ...CERTIFICATE_FIELDS,
      "product.id", "product.title", "product.handle", "product.status", "product.thumbnail",
      "product.producer.id", "product.producer.display_name",
    ],
    filters,
    pagination: { skip: offset, take: limit, order: { expires_at: "ASC" } },
  })
  // A producer's star-change request is not linked to its product until verified
  // (src/workflows/producer-portal/utils/certificate-requests.ts): show the product it is for.
  const requested = (data as Listed[])
    .filter((c) => !c.product)
    .map((c) => (c.metadata as { ocop_request?: { product_id?: string } } | null)?.ocop_request?.product_id)
    .filter((id): id is string => !!id)
  const requestedProducts = new Map<string, unknown>()
  if (requested.length) {
    const { data: products } = await query.graph({
      entity: "product",
      fields: ["id", "title", "handle", "status", "thumbnail", "producer.id", "producer.display_name"],
      filters: { id: requested },
    })
    for (const p of products as Array<{ id: string }>) requestedProducts.set(p.id, p)
  }
  const certificates = (data as Listed[]).map((c) => {
    const requestFor = (c.metadata as { ocop_request?: { product_id?: string } } | null)?.ocop_request?.product_id
    return {
      ...certificateView(c, today),
      ...(!c.product && requestFor ? { product: requestedProducts.get(requestFor) ?? null } : {}),
      commune_name: communeName(c.commune_code),
    }
  })
  res.json({ certificates, count: metadata?.count ?? certificates.length, limit, offset })
}

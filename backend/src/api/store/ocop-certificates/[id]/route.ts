import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { isoDateInVietnam } from "@ocop/core"
import { PUBLIC_CERTIFICATE_GRAPH, PUBLIC_CERTIFICATE_STATUSES, toPublicCertificate } from "../public-certificate"

/**
 * GET /store/ocop-certificates/:id → { certificate: { ...public facts, validity,
 * days_until_expiry, commune_name, product, producer } }
 * One certificate's public page: what it covers, its state today, the producer. 404 for an
 * unknown id, a request awaiting verification or a certificate that covers no product.
 */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "ocop_certificate",
    fields: PUBLIC_CERTIFICATE_GRAPH,
    filters: { id: req.params.id!, status: PUBLIC_CERTIFICATE_STATUSES },
  })
  const row = data[0] as Parameters<typeof toPublicCertificate>[0] | undefined
  const certificate = row ? toPublicCertificate(row, isoDateInVietnam()) : null
  if (!certificate) throw new MedusaError(MedusaError.Types.NOT_FOUND, `id: no public certificate "${req.params.id}"`)
  res.json({ certificate })
}

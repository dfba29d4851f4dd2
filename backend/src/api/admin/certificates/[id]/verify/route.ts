import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { isoDateInVietnam } from "@ocop/core"
import { verifyCertificateWorkflow } from "../../../../../workflows/producer-portal/verify-certificate"
import { certificateView, CERTIFICATE_FIELDS, communeName, type CertificateRecord } from "../../../../store/lib/ocop"
import type { AdminVerifyCertificateType } from "../../../../producer/validators"

/**
 * POST /admin/certificates/:id/verify { approved?: true, reason? } → { certificate, product_id }
 * A certificate awaiting verification (a producer's request) becomes "valid" — shoppers see it
 * from now on — or, with approved: false and a reason, "revoked". A star change replaces the
 * values of the product's certificate in force. 400 when it is not awaiting verification.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminVerifyCertificateType>, res: MedusaResponse) {
  const { result } = await verifyCertificateWorkflow(req.scope).run({
    input: { id: req.params.id!, ...req.validatedBody, verified_by: req.auth_context?.actor_id ?? null },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "ocop_certificate",
    fields: [...CERTIFICATE_FIELDS, "product.id", "product.title", "product.handle"],
    filters: { id: result.certificate_id },
  })
  const cert = data[0] as CertificateRecord
  res.json({
    product_id: result.product_id,
    certificate: { ...certificateView(cert, isoDateInVietnam()), commune_name: communeName(cert.commune_code) },
  })
}

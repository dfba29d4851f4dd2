import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { isoDateInVietnam } from "@ocop/core"
import { requestCertificateWorkflow } from "../../../../../workflows/producer-portal/request-certificate"
import { certificateView } from "../../../../store/lib/ocop"
import { producerScope } from "../../../lib/scope"
import type { ProducerCertificateRequestType } from "../../../validators"

/**
 * POST /producer/products/:id/certificate-requests { stars, score?, score_a?, score_b?, score_c?,
 * group, sub_group?, decision_number, decision_date, issuing_level, issuing_authority,
 * commune_code, historic_locality?, metadata? } → 201 { kind: "new" | "change", certificate }
 * with status "pending_verification": shoppers see it only after POST /admin/certificates/:id/verify.
 * 404 unless own; 400 naming the field when the certificate breaks the OCOP rules.
 */
export async function POST(req: AuthenticatedMedusaRequest<ProducerCertificateRequestType>, res: MedusaResponse) {
  const scope = producerScope(req)
  const { result } = await requestCertificateWorkflow(req.scope).run({
    input: { producer_id: scope.producer_id, product_id: req.params.id!, member_id: scope.member_id, certificate: req.validatedBody },
  })
  res.status(201).json({
    kind: result.kind,
    product_id: result.product_id,
    certificate: certificateView(result.certificate, isoDateInVietnam()),
  })
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { isoDateInVietnam } from "@ocop/core"
import { delistingOf } from "../../../../../workflows/ocop/listing-rules"
import { setProductOcopWorkflow } from "../../../../../workflows/ocop/set-product-ocop"
import { certificateView, CERTIFICATE_FIELDS, communeName, type CertificateRecord } from "../../../../store/lib/ocop"
import type { AdminSetProductOcopType } from "../../../validators"

async function productOcop(scope: AuthenticatedMedusaRequest["scope"], productId: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: [
      "id", "title", "handle", "metadata",
      ...CERTIFICATE_FIELDS.map((f) => `ocop_certificate.${f}`),
      "producer.id", "producer.handle", "producer.display_name", "producer.legal_name", "producer.status",
    ],
    filters: { id: productId },
  })
  const product = data[0] as
    | {
        id: string
        title: string
        handle: string
        metadata?: Record<string, unknown> | null
        ocop_certificate?: CertificateRecord | null
        producer?: unknown
      }
    | undefined
  if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `product_id: no product with id ${productId}`)
  const today = isoDateInVietnam()
  const cert = product.ocop_certificate
  return {
    product_id: product.id,
    certificate: cert
      ? { ...certificateView(cert, today), commune_name: communeName(cert.commune_code as string) }
      : null,
    producer: product.producer ?? null,
    // Set while the expiry job keeps the product out of the storefront's sales channels.
    delisting: delistingOf(product.metadata),
  }
}

/**
 * GET /admin/products/:id/ocop → { product_id, certificate (with validity, days_until_expiry) | null,
 * producer | null, delisting: { reason_code, reason, at, sales_channel_ids } | null }
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json(await productOcop(req.scope, req.params.id!))
}

/**
 * POST /admin/products/:id/ocop { certificate?: {...}, producer_id?: string | null }
 * Creates or replaces the certificate and/or sets the producer, all or nothing → same as GET.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminSetProductOcopType>, res: MedusaResponse) {
  const body = req.validatedBody
  if (body.certificate === undefined && body.producer_id === undefined) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "certificate: give a certificate, a producer_id, or both")
  }
  await setProductOcopWorkflow(req.scope).run({
    input: { product_id: req.params.id!, certificate: body.certificate, producer_id: body.producer_id },
  })
  res.json(await productOcop(req.scope, req.params.id!))
}

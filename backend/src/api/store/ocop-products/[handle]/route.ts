import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { isoDateInVietnam } from "@ocop/core"
import { delistingOf } from "../../../../workflows/ocop/listing-rules"
import { certificateView, communeName, publicProducer, PUBLIC_CERTIFICATE_FIELDS, PUBLIC_PRODUCER_FIELDS, type CertificateRecord } from "../../lib/ocop"
import { isListedProduct, type LinkedProduct } from "../../lib/products"

type Row = LinkedProduct & {
  handle: string
  title: string
  subtitle: string | null
  description: string | null
  thumbnail: string | null
  metadata: Record<string, unknown> | null
  images?: Array<{ id: string; url: string; rank: number } | null> | null
  ocop_certificate?: CertificateRecord | null
  producer?: Record<string, unknown> | null
}

/**
 * GET /store/ocop-products/:handle → { product: { id, handle, title, subtitle, description,
 * thumbnail, images, on_sale, not_on_sale: { reason_code, expired_on? } | null, certificate,
 * producer } }
 * The public facts of any product with an OCOP certificate record, on sale or not: printed QR
 * codes and labels point at its page, which must say why it is not on sale (Medusa's own store
 * routes no longer return it then). 404 for an unknown handle or a product without a certificate.
 */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph(
    {
      entity: "product",
      fields: [
        "id", "handle", "title", "subtitle", "description", "thumbnail", "status", "metadata",
        "images.id", "images.url", "images.rank", "sales_channels.id",
        ...PUBLIC_CERTIFICATE_FIELDS.map((f) => `ocop_certificate.${f}`),
        ...PUBLIC_PRODUCER_FIELDS.map((f) => `producer.${f}`),
      ],
      filters: { handle: req.params.handle! },
    },
    { locale: req.locale }
  )
  const row = data[0] as Row | undefined
  if (!row?.ocop_certificate) throw new MedusaError(MedusaError.Types.NOT_FOUND, `handle: no OCOP product "${req.params.handle}"`)

  const onSale = isListedProduct(row, req.publishable_key_context?.sales_channel_ids ?? [])
  const delisting = delistingOf(row.metadata)
  const cert = row.ocop_certificate
  res.json({
    product: {
      id: row.id,
      handle: row.handle,
      title: row.title,
      subtitle: row.subtitle,
      description: row.description,
      thumbnail: row.thumbnail,
      images: (row.images ?? []).filter((i): i is NonNullable<typeof i> => !!i).sort((a, b) => a.rank - b.rank).map(({ id, url }) => ({ id, url })),
      on_sale: onSale,
      not_on_sale: onSale
        ? null
        : {
            // A draft (or a product of another shop) has no record: it is simply not offered.
            reason_code: delisting?.reason_code ?? "not_offered",
            ...(delisting?.expired_on ? { expired_on: delisting.expired_on } : {}),
          },
      certificate: { ...certificateView(cert, isoDateInVietnam()), commune_name: communeName(cert.commune_code as string) },
      producer: row.producer ? publicProducer(row.producer) : null,
    },
  })
}

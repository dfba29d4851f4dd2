import { certificateView, communeName, PUBLIC_CERTIFICATE_FIELDS, type CertificateRecord } from "../lib/ocop"

// What anyone may read of a certificate (GET /store/ocop-certificates and /:id): the decision's
// public facts, its state today, the product it covers and the producer. Never its metadata,
// where a producer's request keeps who asked.

export const PUBLIC_CERTIFICATE_GRAPH = [
  ...PUBLIC_CERTIFICATE_FIELDS,
  "product.id",
  "product.handle",
  "product.title",
  "product.thumbnail",
  "product.producer.handle",
  "product.producer.display_name",
  "product.producer.kind",
]

/** Certificates the public may see: decided ones (a request awaiting verification is not). */
export const PUBLIC_CERTIFICATE_STATUSES: Array<"valid" | "expired" | "revoked"> = ["valid", "expired", "revoked"]

type Row = CertificateRecord & {
  product?: {
    id: string
    handle: string
    title: string
    thumbnail: string | null
    producer?: { handle: string; display_name: string; kind: string } | null
  } | null
}

/** The certificate as the lookup shows it, or null when it covers no product (nothing to show). */
export function toPublicCertificate(row: Row, today: string) {
  if (!row.product) return null
  const { product, ...certificate } = row
  return {
    ...certificateView(certificate, today),
    commune_name: communeName(row.commune_code ?? null),
    product: { id: product.id, handle: product.handle, title: product.title, thumbnail: product.thumbnail },
    producer: product.producer ? { handle: product.producer.handle, display_name: product.producer.display_name, kind: product.producer.kind } : null,
  }
}

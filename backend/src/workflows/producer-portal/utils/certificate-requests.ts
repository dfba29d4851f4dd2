// What a producer's certificate request is and how it is read (not steps): shared by the request and
// verification steps and the portal's product view (src/api/producer).
import { compareDates, toIsoDate } from "@ocop/core"
import type { CertificateInput } from "../../ocop/certificate-rules"
import { ocopService } from "./producer-access"

// A producer's certificate request is an ocop_certificate with status "pending_verification":
// - "new": the product has no certificate in force (none, expired, revoked or still pending): the
//   request becomes the product's certificate (same row when there was one), which shoppers do not
//   see until the admin verifies it;
// - "change": the product has a certificate in force (e.g. a new star rating): the request is a
//   separate, unlinked row (metadata.ocop_request.product_id names the product) and the certificate
//   in force stays on show until the admin verifies the request, which then replaces its values.

export type CertificateRequestInput = Omit<CertificateInput, "status" | "status_reason" | "sample_data">

export type OcopRequestInfo = {
  kind: "new" | "change"
  product_id: string
  producer_id: string
  requested_by_member_id: string | null
  requested_at: string
  /** The certificate in force a "change" would replace. */
  replaces_certificate_id: string | null
  previous_stars: number | null
  verified_at?: string
  rejected_at?: string
  /** The admin user who decided. */
  decided_by?: string | null
}

export function inForce(cert: { status: string; expires_at: unknown } | null | undefined, today: string): boolean {
  if (!cert || cert.status !== "valid") return false
  return compareDates(toIsoDate(cert.expires_at as string | Date), today) >= 0
}

/** Open (pending) change requests for a product. */
export async function openChangeRequests(container: { resolve: (k: string) => any }, productId: string) {
  return ocopService(container).listOcopCertificates(
    { status: "pending_verification", metadata: { ocop_request: { product_id: productId, kind: "change" } } },
    {}
  )
}

import { compareDates, daysBetween, EXPIRING_WITHIN_DAYS, getUnit, toIsoDate, type IsoDate } from "@ocop/core"
import type { OcopCertificateRecord } from "../../../modules/ocop"
import type { ProducerRecord } from "../../../modules/producer"

/** Producer fields any shopper may see (never commission_rate, status_reason or metadata). */
export const PUBLIC_PRODUCER_FIELDS = [
  "id",
  "handle",
  "legal_name",
  "display_name",
  "kind",
  "status",
  "commune_code",
  "historic_locality",
  "story_vi",
  "story_en",
  "email",
  "phone",
  "website",
  "tax_code",
  "sample_data",
] as const

export const CERTIFICATE_FIELDS = [
  "id",
  "stars",
  "score",
  "score_a",
  "score_b",
  "score_c",
  "group",
  "sub_group",
  "decision_number",
  "decision_date",
  "issuing_level",
  "issuing_authority",
  "expires_at",
  "status",
  "status_reason",
  "sample_data",
  "commune_code",
  "historic_locality",
  "metadata",
  "created_at",
  "updated_at",
] as const

/** A certificate's public facts: never its metadata (a producer's request keeps who asked there) or status_reason. */
export const PUBLIC_CERTIFICATE_FIELDS = [
  "id", "stars", "score", "group", "sub_group", "decision_number", "decision_date", "issuing_level",
  "issuing_authority", "expires_at", "status", "sample_data", "commune_code", "historic_locality",
] as const

/**
 * A certificate as our reads select it: the model's fields (InferTypeOf), of which the validity
 * needs only the status and dates; public reads leave out metadata and status_reason.
 */
export type CertificateRecord = Pick<OcopCertificateRecord, "id" | "status" | "decision_date" | "expires_at"> &
  Partial<OcopCertificateRecord>

/**
 * How a certificate stands today: revoked / pending_verification as stored, otherwise by its
 * dates: valid, expiring (last valid day within 90 days) or expired.
 */
export function certificateValidity(cert: CertificateRecord, today: IsoDate): string {
  if (cert.status === "revoked" || cert.status === "pending_verification") return cert.status
  const expires = toIsoDate(cert.expires_at)
  if (cert.status === "expired" || compareDates(today, expires) > 0) return "expired"
  return daysBetween(today, expires) <= EXPIRING_WITHIN_DAYS ? "expiring" : "valid"
}

/** The certificate with `validity` and `days_until_expiry` added. */
export function certificateView<T extends CertificateRecord>(cert: T, today: IsoDate) {
  return {
    ...cert,
    validity: certificateValidity(cert, today),
    days_until_expiry: daysBetween(today, toIsoDate(cert.expires_at)),
  }
}

/** The current unit's full name for a code, e.g. "Xã Kỳ Thượng", or null. */
export function communeName(code: string | null | undefined): string | null {
  return code ? getUnit(code)?.fullName ?? null : null
}

/** Picks the public producer fields and adds commune_name. */
export function publicProducer(producer: Partial<ProducerRecord>) {
  const out: Record<string, unknown> = {}
  for (const f of PUBLIC_PRODUCER_FIELDS) out[f] = producer[f] ?? null
  out.commune_name = communeName(producer.commune_code)
  return out
}

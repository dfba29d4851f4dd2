// Maps the public certificate lookup (GET /store/ocop-certificates, /:id) onto the storefront's
// types. Pure: no I/O.

import { isCertifiableStars, scoreBandFor } from "@ocop/core";
import type { CertificateRecordView } from "./types";
import { asNumber, asRecord, asText } from "./wire";

/** The longest lookup text the backend accepts; anything longer finds nothing. */
export const MAX_LOOKUP_LENGTH = 200;

/** A certificate id as the backend makes them (ocert_ + ULID); anything else is no certificate. */
export function isCertificateId(value: string): boolean {
  return /^ocert_[0-9A-Za-z]{10,40}$/.test(value);
}

/** The lookup text as sent: trimmed; null when there is nothing to look up or it cannot match. */
export function lookupText(raw: string | string[] | undefined): string | null {
  const text = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? "";
  // Control characters are part of no decision number or name (and PostgreSQL refuses NUL).
  return text && text.length <= MAX_LOOKUP_LENGTH && !/[\u0000-\u001f]/.test(text) ? text : null;
}

export function toCertificateRecord(value: unknown): CertificateRecordView | null {
  const c = asRecord(value);
  const id = asText(c?.id);
  const stars = c?.stars;
  const product = asRecord(c?.product);
  const productHandle = asText(product?.handle);
  const productTitle = asText(product?.title);
  if (!c || !id || !isCertifiableStars(stars) || !productHandle || !productTitle) return null;
  const producer = asRecord(c.producer);
  const validity = asText(c.validity);
  return {
    id,
    stars,
    score: asNumber(c.score),
    scoreBand: scoreBandFor(stars),
    groupSlug: asText(c.group),
    subGroupSlug: asText(c.sub_group),
    decisionNumber: asText(c.decision_number),
    decisionDate: asText(c.decision_date)?.slice(0, 10) ?? null,
    issuingLevel: asText(c.issuing_level),
    issuingAuthority: asText(c.issuing_authority),
    expiresOn: asText(c.expires_at)?.slice(0, 10) ?? null,
    validity: validity === "valid" || validity === "expiring" || validity === "expired" || validity === "revoked" ? validity : "expired",
    sampleData: c.sample_data === true,
    communeCode: asText(c.commune_code),
    historicLocality: asText(c.historic_locality),
    product: { handle: productHandle, title: productTitle },
    producer: producer && asText(producer.handle) && asText(producer.display_name)
      ? { handle: asText(producer.handle)!, displayName: asText(producer.display_name)! }
      : null,
  };
}

/** Null when the answer is not `{ certificates }`: the caller treats that as a backend fault. */
export function parseCertificateList(body: unknown): CertificateRecordView[] | null {
  const list = asRecord(body)?.certificates;
  if (!Array.isArray(list)) return null;
  return list.map(toCertificateRecord).filter((c): c is CertificateRecordView => c !== null);
}

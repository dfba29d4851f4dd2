// Maps the public certificate lookup (GET /store/ocop-certificates, /:id) onto the storefront's
// types. Pure: no I/O.

import { isCertifiableStars, scoreBandFor } from "@ocop/core";
import type { CertificateRecordView } from "./types";
import { asNumber, text } from "./wire";
import type { CertificateListAnswer, PublicCertificateWire } from "./wire-types";

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

export function toCertificateRecord(c: PublicCertificateWire | null | undefined): CertificateRecordView | null {
  const id = text(c?.id);
  const stars = c?.stars;
  const productHandle = text(c?.product?.handle);
  const productTitle = text(c?.product?.title);
  if (!c || !id || !isCertifiableStars(stars) || !productHandle || !productTitle) return null;
  const producerHandle = text(c.producer?.handle);
  const producerName = text(c.producer?.display_name);
  const validity = text(c.validity);
  return {
    id,
    stars,
    score: asNumber(c.score),
    scoreBand: scoreBandFor(stars),
    groupSlug: text(c.group),
    subGroupSlug: text(c.sub_group),
    decisionNumber: text(c.decision_number),
    decisionDate: text(c.decision_date)?.slice(0, 10) ?? null,
    issuingLevel: text(c.issuing_level),
    issuingAuthority: text(c.issuing_authority),
    expiresOn: text(c.expires_at)?.slice(0, 10) ?? null,
    validity: validity === "valid" || validity === "expiring" || validity === "expired" || validity === "revoked" ? validity : "expired",
    sampleData: c.sample_data === true,
    communeCode: text(c.commune_code),
    historicLocality: text(c.historic_locality),
    product: { handle: productHandle, title: productTitle },
    producer: producerHandle && producerName ? { handle: producerHandle, displayName: producerName } : null,
  };
}

/** Null when the answer is not `{ certificates }`: the caller treats that as a backend fault. */
export function parseCertificateList(body: CertificateListAnswer | null | undefined): CertificateRecordView[] | null {
  const list = body?.certificates;
  if (!Array.isArray(list)) return null;
  return list.map(toCertificateRecord).filter((c): c is CertificateRecordView => c !== null);
}

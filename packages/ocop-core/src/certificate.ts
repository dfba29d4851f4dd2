// OCOP certificates: a decision with a number, a signing date and an issuing
// level. It is in force for 36 months from signing; after that the product
// loses the OCOP mark and must not be presented as certified.

import { addMonths, compareDates, daysBetween, toIsoDate, type DateInput, type IsoDate } from "./dates";
import { checkScore, checkStarsAgainstScore, isCertifiableStars, isStars } from "./stars";

export const CERTIFICATE_VALIDITY_MONTHS = 36;
/** A certificate this close to its last day is "expiring": time to re-rate. */
export const EXPIRING_WITHIN_DAYS = 90;

export type CertificateStatus = "valid" | "expiring" | "expired" | "not_yet_valid";

/**
 * The last day the certificate is in force: the signing date plus 36 months,
 * or the last day of that month when it is shorter. Vietnam's Civil Code
 * (2015, arts. 147–148) ends a period of months at the end of the matching
 * day, so the certificate is still in force on this date and expired the day after.
 */
export function certificateExpiryDate(decisionDate: DateInput): IsoDate {
  return addMonths(decisionDate, CERTIFICATE_VALIDITY_MONTHS);
}

/**
 * Days from `now` to the expiry date: 0 on the last day in force, negative once
 * expired. `now` defaults to today's UTC date (see isoDateInVietnam).
 */
export function daysUntilExpiry(decisionDate: DateInput, now: DateInput = new Date()): number {
  return daysBetween(now, certificateExpiryDate(decisionDate));
}

export function certificateStatus(decisionDate: DateInput, now: DateInput = new Date()): CertificateStatus {
  if (compareDates(decisionDate, now) > 0) return "not_yet_valid";
  const left = daysUntilExpiry(decisionDate, now);
  if (left < 0) return "expired";
  if (left <= EXPIRING_WITHIN_DAYS) return "expiring";
  return "valid";
}

/** Whether a product may be shown as OCOP-certified on `now`: "valid" or "expiring". */
export function isCertificateInForce(decisionDate: DateInput, now: DateInput = new Date()): boolean {
  const status = certificateStatus(decisionDate, now);
  return status === "valid" || status === "expiring";
}

// ---------------------------------------------------------------------------
// Decision numbers, e.g. 377/QĐ-BNN-VPĐP or 1234/QĐ-UBND

// Sequence number, an optional year (as in 12/2023/QĐ-UBND), then the document
// type and the issuer's abbreviations joined by dashes.
const DECISION_NUMBER = /^\d+(?:\/\d{4})?\/\p{L}+(?:-\p{L}+)*$/u;

/**
 * Tidies a decision number as typed or copied from a scan: NFC (so "Đ"/"Ư"
 * typed in decomposed form still count as letters), a leading "Số:" dropped,
 * spaces around "/" and "-" removed, and en/em dashes and the like read as "-".
 */
export function normalizeDecisionNumber(raw: string): string {
  return raw
    .normalize("NFC")
    .trim()
    .replace(/^số\s*:?\s*/iu, "")
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\s*([/-])\s*/g, "$1");
}

/** Null when the (normalised) decision number looks right, otherwise why not. */
export function checkDecisionNumber(raw: string): string | null {
  const value = normalizeDecisionNumber(raw);
  if (DECISION_NUMBER.test(value)) return null;
  return `a decision number looks like "377/QĐ-BNN-VPĐP": digits, "/", then letters joined by dashes; got "${raw}"`;
}

export function isDecisionNumber(raw: string): boolean {
  return checkDecisionNumber(raw) === null;
}

// ---------------------------------------------------------------------------
// Issuing level

export type IssuingLevel = "district" | "province" | "national";

export const ISSUING_LEVEL_NAMES: Readonly<Record<IssuingLevel, { vi: string; en: string }>> = {
  district: { vi: "Cấp huyện", en: "District" },
  province: { vi: "Cấp tỉnh", en: "Province" },
  national: { vi: "Cấp trung ương", en: "National" },
};

/** Two-level local government (Decision 1489/QĐ-TTg): districts no longer exist. */
export const TWO_LEVEL_GOVERNMENT_FROM: IsoDate = "2025-07-01";

/**
 * Who may certify these stars on that date. 5 stars: the central level.
 * 3–4 stars: the province; for decisions signed before 2025-07-01 a district
 * could also certify 3 stars. Not certifiable (1–2 stars): nobody, [].
 */
export function expectedIssuingLevels(stars: number, decisionDate: DateInput): IssuingLevel[] {
  const date = toIsoDate(decisionDate);
  if (!isCertifiableStars(stars)) return [];
  if (stars === 5) return ["national"];
  if (stars === 3 && compareDates(date, TWO_LEVEL_GOVERNMENT_FROM) < 0) return ["district", "province"];
  return ["province"];
}

/** Null when `level` may certify these stars on that date, otherwise why not. */
export function checkIssuingLevel(stars: number, level: IssuingLevel, decisionDate: DateInput): string | null {
  const date = toIsoDate(decisionDate);
  const allowed = expectedIssuingLevels(stars, date);
  if (allowed.includes(level)) return null;
  if (allowed.length === 0) return `${stars} stars is not a certified rating; only 3, 4 and 5 stars are certified`;
  return `${stars} stars signed on ${date} is certified at ${allowed.map((l) => `${l} level`).join(" or ")}, not ${level} level`;
}

// ---------------------------------------------------------------------------
// Whole certificate

export interface CertificateInput {
  stars: number;
  /** Total score out of 100, when known. */
  score?: number;
  decisionNumber: string;
  decisionDate: DateInput;
  issuingLevel?: IssuingLevel;
}

/** Every problem with a certificate as entered (empty when it is consistent). */
export function validateCertificate(input: CertificateInput): string[] {
  const errors: string[] = [];
  if (!isStars(input.stars)) {
    errors.push(`stars must be a whole number from 1 to 5; got ${String(input.stars)}`);
  } else if (!isCertifiableStars(input.stars)) {
    errors.push(`${input.stars} stars is not a certified rating; only 3, 4 and 5 stars are certified`);
  }
  if (input.score !== undefined) {
    const scoreProblem = isStars(input.stars)
      ? checkStarsAgainstScore(input.stars, input.score)
      : checkScore(input.score);
    if (scoreProblem) errors.push(scoreProblem);
  }
  const numberProblem = checkDecisionNumber(input.decisionNumber);
  if (numberProblem) errors.push(numberProblem);

  let date: IsoDate | undefined;
  try {
    date = toIsoDate(input.decisionDate);
  } catch (e) {
    errors.push(`decision date: ${(e as Error).message}`);
  }
  if (date !== undefined && input.issuingLevel !== undefined && isCertifiableStars(input.stars)) {
    const levelProblem = checkIssuingLevel(input.stars, input.issuingLevel, date);
    if (levelProblem) errors.push(levelProblem);
  }
  return errors;
}

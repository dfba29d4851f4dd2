import {
  certificateExpiryDate,
  checkDecisionNumber,
  checkIssuingLevel,
  checkScore,
  checkStarsAgainstScore,
  compareDates,
  getUnit,
  isCertifiableStars,
  isGroupSlug,
  isStars,
  isSubGroupOf,
  normalizeDecisionNumber,
  SCORE_PART_MAX,
  toIsoDate,
  GROUP_SLUGS,
  type IsoDate,
  type IssuingLevel,
} from "@ocop/core"
import type { OcopCertificateRecord } from "../../modules/ocop"
import { dayToTimestamp, todayInVietnam, vietnameseDate, type NowInput } from "../lib/dates"
import { throwIfInvalid, type FieldProblem } from "../lib/errors"

export const ISSUING_LEVELS = ["province", "national", "district"] as const
/** Statuses a person may set; "expired" is set by the rules (expiry date passed). */
export const SETTABLE_CERTIFICATE_STATUSES = ["valid", "revoked", "pending_verification"] as const
export type CertificateStatusValue = OcopCertificateRecord["status"]

/** A certificate as the seed, the admin route and the widget send it. */
export type CertificateInput = {
  /** 3, 4 or 5. */
  stars: number
  /** Total points out of 100; optional (press reports rarely print it); must agree with the stars. */
  score?: number | null
  /** Score parts: all three or none; A ≤ 40, B ≤ 25, C ≤ 35; A + B + C must equal the score. */
  score_a?: number | null
  score_b?: number | null
  score_c?: number | null
  /** food, beverage, herbal, handicraft, ornamental, tourism. */
  group: string
  /** A sub-group slug of the group, e.g. "tea" for food. */
  sub_group?: string | null
  /** e.g. "377/QĐ-BNN-VPĐP"; normalised before storing. */
  decision_number: string
  /** The signing day, `YYYY-MM-DD` (or a Date / ISO date-time: its UTC day). Not in the future. */
  decision_date: string | Date
  issuing_level: IssuingLevel
  /** e.g. "UBND tỉnh Quảng Ninh". */
  issuing_authority: string
  /** One of Quảng Ninh's 54 current commune-level unit codes, e.g. "06979". */
  commune_code: string
  /** The locality as printed on the decision, e.g. "xã Đạp Thanh, huyện Ba Chẽ". */
  historic_locality?: string | null
  /** Default "valid". "revoked" needs a status_reason. */
  status?: (typeof SETTABLE_CERTIFICATE_STATUSES)[number]
  status_reason?: string | null
  /** True when the values are illustrative. Default false. */
  sample_data?: boolean
  metadata?: Record<string, unknown> | null
}

/** A certificate's stored values (src/modules/ocop/models/ocop-certificate.ts), all but its id and timestamps. */
export const CERTIFICATE_FIELDS = [
  "stars", "score", "score_a", "score_b", "score_c", "group", "sub_group", "decision_number",
  "decision_date", "issuing_level", "issuing_authority", "expires_at", "status", "status_reason",
  "sample_data", "commune_code", "historic_locality", "metadata",
] as const

/** What the module stores: those fields, typed as the model types them. */
export type CertificateData = Pick<OcopCertificateRecord, (typeof CERTIFICATE_FIELDS)[number]>

/** The stored values of a certificate (all but its id and timestamps), e.g. to restore them on rollback. */
export function certificateValues(cert: CertificateData): CertificateData {
  const out: Partial<Record<keyof CertificateData, unknown>> = {}
  for (const key of CERTIFICATE_FIELDS) out[key] = cert[key]
  return out as CertificateData
}

/** "Hết hạn 36 tháng kể từ ngày 17/01/2025 …": why a certificate stopped being valid. */
export function expiryReason(decisionDate: IsoDate, expiresOn: IsoDate): string {
  return (
    `Hết hạn 36 tháng kể từ ngày ${vietnameseDate(decisionDate)} (ngày quyết định); ` +
    `hiệu lực đến hết ngày ${vietnameseDate(expiresOn)}. ` +
    `Expired: 36 months after the decision of ${decisionDate}, last valid on ${expiresOn}.`
  )
}

function present<T>(value: T | null | undefined): value is T {
  return value !== undefined && value !== null
}

function trimmedOrNull(value: string | null | undefined): string | null {
  if (!present(value)) return null
  const t = value.trim()
  return t === "" ? null : t
}

/**
 * Checks a certificate with the @ocop/core rules and returns what to store, or throws
 * MedusaError INVALID_DATA naming every field that is wrong. `now` decides "today" (in Vietnam)
 * for the future-date rule and the expiry.
 */
export function prepareCertificate(input: CertificateInput, now?: NowInput | null): CertificateData {
  const problems: FieldProblem[] = []
  const today = todayInVietnam(now)

  // Stars: only 3, 4 and 5 are certified.
  const stars = input.stars
  if (!isStars(stars)) {
    problems.push({ field: "stars", message: `must be a whole number from 3 to 5; got ${String(stars)}` })
  } else if (!isCertifiableStars(stars)) {
    problems.push({ field: "stars", message: `${stars} stars is not a certified rating; only 3, 4 and 5 stars are certified` })
  }

  // Score parts: all or none, each within its maximum.
  const parts = { a: input.score_a, b: input.score_b, c: input.score_c }
  const givenParts = (["a", "b", "c"] as const).filter((k) => present(parts[k]))
  let partsOk = givenParts.length === 3
  if (givenParts.length > 0 && givenParts.length < 3) {
    partsOk = false
    for (const k of ["a", "b", "c"] as const) {
      if (!present(parts[k])) problems.push({ field: `score_${k}`, message: "give all three score parts (A, B, C) or none" })
    }
  }
  if (givenParts.length === 3) {
    for (const k of ["a", "b", "c"] as const) {
      const v = parts[k] as number
      const max = SCORE_PART_MAX[k]
      if (typeof v !== "number" || !Number.isFinite(v) || v < 0 || v > max) {
        partsOk = false
        problems.push({ field: `score_${k}`, message: `part ${k.toUpperCase()} must be from 0 to ${max} points; got ${String(v)}` })
      }
    }
  }
  const partsSum = partsOk ? Math.round(((parts.a as number) + (parts.b as number) + (parts.c as number)) * 1e6) / 1e6 : null

  // Score: optional; computed from the parts when only they are given; must agree with the stars.
  let score: number | null = present(input.score) ? input.score : partsSum
  if (present(score)) {
    const scoreProblem = checkScore(score)
    if (scoreProblem) {
      problems.push({ field: "score", message: scoreProblem })
      score = null
    } else if (partsSum !== null && partsSum !== score) {
      problems.push({ field: "score", message: `parts A + B + C add up to ${partsSum} points, not ${score}` })
    } else if (isCertifiableStars(stars)) {
      const mismatch = checkStarsAgainstScore(stars, score)
      if (mismatch) problems.push({ field: "score", message: mismatch })
    }
  }

  // Decision number.
  const rawNumber = typeof input.decision_number === "string" ? input.decision_number : ""
  const numberProblem = checkDecisionNumber(rawNumber)
  if (numberProblem) problems.push({ field: "decision_number", message: numberProblem })
  const decisionNumber = normalizeDecisionNumber(rawNumber)

  // Decision date: a calendar day, not after today.
  let decisionDay: IsoDate | null = null
  try {
    decisionDay = toIsoDate(input.decision_date)
  } catch (e) {
    problems.push({ field: "decision_date", message: (e as Error).message })
  }
  if (decisionDay && compareDates(decisionDay, today) > 0) {
    problems.push({ field: "decision_date", message: `${decisionDay} is in the future (today is ${today} in Vietnam)` })
    decisionDay = null
  }

  // Issuing level agrees with the stars and the date (5 stars: national; district only before 2025-07-01).
  const level = input.issuing_level
  if (!(ISSUING_LEVELS as readonly string[]).includes(level)) {
    problems.push({ field: "issuing_level", message: `must be one of ${ISSUING_LEVELS.join(", ")}; got ${String(level)}` })
  } else if (decisionDay && isCertifiableStars(stars)) {
    const levelProblem = checkIssuingLevel(stars, level, decisionDay)
    if (levelProblem) problems.push({ field: "issuing_level", message: levelProblem })
  }

  const authority = trimmedOrNull(input.issuing_authority)
  if (!authority) problems.push({ field: "issuing_authority", message: "name who signed the decision, e.g. \"UBND tỉnh Quảng Ninh\"" })

  // Group and sub-group.
  if (!isGroupSlug(input.group)) {
    problems.push({ field: "group", message: `must be one of ${GROUP_SLUGS.join(", ")}; got ${String(input.group)}` })
  }
  const subGroup = trimmedOrNull(input.sub_group)
  if (subGroup && isGroupSlug(input.group) && !isSubGroupOf(input.group, subGroup)) {
    problems.push({ field: "sub_group", message: `"${subGroup}" is not a sub-group of ${input.group}` })
  }

  // Place: a current unit code.
  if (typeof input.commune_code !== "string" || !getUnit(input.commune_code)) {
    problems.push({
      field: "commune_code",
      message: `unknown commune-level unit "${String(input.commune_code)}"; use one of Quảng Ninh's 54 current unit codes`,
    })
  }

  // Status: valid by default; revoked needs a reason.
  const requested = input.status ?? "valid"
  if (!(SETTABLE_CERTIFICATE_STATUSES as readonly string[]).includes(requested)) {
    problems.push({ field: "status", message: `must be one of ${SETTABLE_CERTIFICATE_STATUSES.join(", ")}; got ${String(requested)}` })
  }
  let statusReason = trimmedOrNull(input.status_reason)
  if (requested === "revoked" && !statusReason) {
    problems.push({ field: "status_reason", message: "say why the certificate is revoked" })
  }

  throwIfInvalid(problems)

  const day = decisionDay as IsoDate
  const expiresOn = certificateExpiryDate(day)
  let status: CertificateStatusValue = requested
  // A certificate whose 36 months are over is stored as expired, whatever was asked.
  if (requested !== "revoked" && compareDates(today, expiresOn) > 0) {
    status = "expired"
    statusReason = expiryReason(day, expiresOn)
  }

  return {
    stars,
    score,
    score_a: partsOk ? (parts.a as number) : null,
    score_b: partsOk ? (parts.b as number) : null,
    score_c: partsOk ? (parts.c as number) : null,
    group: input.group,
    sub_group: subGroup,
    decision_number: decisionNumber,
    decision_date: dayToTimestamp(day),
    issuing_level: level,
    issuing_authority: authority as string,
    expires_at: dayToTimestamp(expiresOn),
    status,
    status_reason: statusReason,
    sample_data: input.sample_data ?? false,
    commune_code: input.commune_code,
    historic_locality: trimmedOrNull(input.historic_locality),
    metadata: input.metadata ?? null,
  }
}

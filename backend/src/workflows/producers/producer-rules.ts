import {
  getUnit,
  isEmailAddress,
  isProducerKind,
  isProducerStatus,
  PRODUCER_KIND_SLUGS,
  PRODUCER_STATUS_SLUGS,
  producerKindFromLegalName,
  slugify,
  type ProducerKind,
  type ProducerStatus,
} from "@ocop/core"
import type { ProducerRecord } from "../../modules/producer"
import { throwIfInvalid, type FieldProblem } from "../lib/errors"

/** Contact and profile fields shared by create and update. */
export type ProducerProfileInput = {
  legal_name?: string
  display_name?: string
  kind?: ProducerKind
  /** One of Quảng Ninh's 54 current commune-level unit codes. */
  commune_code?: string | null
  /** As the producer's papers print it, e.g. "xã Đạp Thanh, huyện Ba Chẽ". */
  historic_locality?: string | null
  story_vi?: string | null
  story_en?: string | null
  email?: string | null
  phone?: string | null
  website?: string | null
  tax_code?: string | null
  /** 0–1, default 0.1. */
  commission_rate?: number
  sample_data?: boolean
  metadata?: Record<string, unknown> | null
}

export type CreateProducerInput = ProducerProfileInput & {
  legal_name: string
  display_name: string
  /** URL handle; default: slugify(display_name). */
  handle?: string
  /** Default: guessed from the legal name ("CTCP …" → company, "HTX …" → cooperative). */
  kind?: ProducerKind
  /** Default "pending" (awaiting review). */
  status?: ProducerStatus
  status_reason?: string | null
  /** Stock locations the producer ships from (linked). */
  stock_location_ids?: string[]
}

export type UpdateProducerInput = ProducerProfileInput & { handle?: string }

const HANDLE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const PHONE = /^\+?[0-9 .()-]{8,20}$/

function trimmedOrNull(value: string | null | undefined): string | null {
  if (value === undefined || value === null) return null
  const t = value.trim()
  return t === "" ? null : t
}

/**
 * Checks the profile fields present in `input`; returns the cleaned values of those fields (typed as
 * the model's: a field left null here is a problem, and the caller throws before storing anything).
 */
function checkProfile(input: ProducerProfileInput, problems: FieldProblem[]): Partial<ProducerData> {
  const out: Record<string, unknown> = {}
  for (const field of ["legal_name", "display_name"] as const) {
    if (input[field] === undefined) continue
    const v = trimmedOrNull(input[field])
    if (!v) problems.push({ field, message: "must not be empty" })
    out[field] = v
  }
  if (input.kind !== undefined) {
    if (!isProducerKind(input.kind)) {
      problems.push({ field: "kind", message: `must be one of ${PRODUCER_KIND_SLUGS.join(", ")}; got ${String(input.kind)}` })
    }
    out.kind = input.kind
  }
  if (input.commune_code !== undefined) {
    const code = trimmedOrNull(input.commune_code)
    if (code && !getUnit(code)) {
      problems.push({ field: "commune_code", message: `unknown commune-level unit "${code}"; use one of Quảng Ninh's 54 current unit codes` })
    }
    out.commune_code = code
  }
  for (const field of ["historic_locality", "story_vi", "story_en", "tax_code"] as const) {
    if (input[field] !== undefined) out[field] = trimmedOrNull(input[field])
  }
  if (input.email !== undefined) {
    const email = trimmedOrNull(input.email)
    if (email && !isEmailAddress(email)) problems.push({ field: "email", message: `not an email address: "${email}"` })
    out.email = email ? email.toLowerCase() : null
  }
  if (input.phone !== undefined) {
    const phone = trimmedOrNull(input.phone)
    if (phone && !PHONE.test(phone)) problems.push({ field: "phone", message: `not a phone number: "${phone}"` })
    out.phone = phone
  }
  if (input.website !== undefined) {
    const website = trimmedOrNull(input.website)
    if (website) {
      try {
        const url = new URL(website)
        if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error("scheme")
      } catch {
        problems.push({ field: "website", message: `not an http(s) address: "${website}"` })
      }
    }
    out.website = website
  }
  if (input.commission_rate !== undefined) {
    const rate = input.commission_rate
    if (typeof rate !== "number" || !Number.isFinite(rate) || rate < 0 || rate > 1) {
      problems.push({ field: "commission_rate", message: `must be a fraction from 0 to 1 (0.1 = 10%); got ${String(rate)}` })
    }
    out.commission_rate = rate
  }
  if (input.sample_data !== undefined) out.sample_data = input.sample_data
  if (input.metadata !== undefined) out.metadata = input.metadata
  return out as Partial<ProducerData>
}

function checkHandle(handle: string, problems: FieldProblem[]): void {
  if (!HANDLE.test(handle)) {
    problems.push({ field: "handle", message: `use lower-case letters, digits and single dashes, e.g. "ngoc-trai-ha-long"; got "${handle}"` })
  }
}

/** A producer's stored fields (src/modules/producer/models/producer.ts), without its id, timestamps and members. */
export type ProducerData = Omit<ProducerRecord, "id" | "members" | "created_at" | "updated_at" | "deleted_at">

/** A new producer, checked, with the fields it cannot do without. */
export type PreparedProducer = Partial<ProducerData> & Pick<ProducerData, "handle" | "legal_name" | "display_name" | "kind" | "status">

/** Validates a new producer (throws INVALID_DATA naming the fields) and fills the defaults. */
export function prepareNewProducer(input: CreateProducerInput): PreparedProducer {
  const problems: FieldProblem[] = []
  if (input.legal_name === undefined) problems.push({ field: "legal_name", message: "is required" })
  if (input.display_name === undefined) problems.push({ field: "display_name", message: "is required" })
  const profile = checkProfile(input, problems)

  const handle = trimmedOrNull(input.handle) ?? slugify(input.display_name ?? "")
  checkHandle(handle, problems)

  let kind = input.kind
  if (kind === undefined) {
    kind = producerKindFromLegalName(input.legal_name ?? "") ?? undefined
    if (!kind) {
      problems.push({ field: "kind", message: `could not tell from the legal name; give one of ${PRODUCER_KIND_SLUGS.join(", ")}` })
    }
  }
  const status = input.status ?? "pending"
  if (!isProducerStatus(status)) {
    problems.push({ field: "status", message: `must be one of ${PRODUCER_STATUS_SLUGS.join(", ")}; got ${String(status)}` })
  }
  throwIfInvalid(problems)
  return {
    ...profile,
    handle,
    legal_name: profile.legal_name as string,
    display_name: profile.display_name as string,
    kind: kind as ProducerKind,
    status,
    status_reason: trimmedOrNull(input.status_reason),
  }
}

/** Validates changes to a producer (only the fields given); throws INVALID_DATA naming the fields. */
export function prepareProducerUpdate(input: UpdateProducerInput): Partial<ProducerData> {
  const problems: FieldProblem[] = []
  const out = checkProfile(input, problems)
  if (input.handle !== undefined) {
    checkHandle(input.handle, problems)
    out.handle = input.handle
  }
  throwIfInvalid(problems)
  return out
}

export type ProducerStatusChange = {
  status: ProducerStatus
  /** Required to suspend; recorded as status_reason. */
  reason?: string | null
}

/** Validates a status change: a known status, and a reason when suspending. */
export function prepareStatusChange(input: ProducerStatusChange): { status: ProducerStatus; status_reason: string | null } {
  const problems: FieldProblem[] = []
  if (!isProducerStatus(input.status)) {
    problems.push({ field: "status", message: `must be one of ${PRODUCER_STATUS_SLUGS.join(", ")}; got ${String(input.status)}` })
  }
  const reason = trimmedOrNull(input.reason)
  if (input.status === "suspended" && !reason) {
    problems.push({ field: "reason", message: "say why the producer is suspended; the producer sees it" })
  }
  throwIfInvalid(problems)
  return { status: input.status, status_reason: reason }
}

import type { StockLocationAddressInput } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { getUnit, slugify, type ProducerKind } from "@ocop/core"
import { throwIfInvalid, type FieldProblem } from "../../lib/errors"
import { prepareNewProducer, type PreparedProducer } from "../../producers/producer-rules"
import { producerService } from "../utils/producer-access"

/** What a would-be producer files after registering its login (POST /producer/applications). */
export type ProducerApplication = {
  /** As registered, e.g. "HTX Phát triển Đình Trung". */
  legal_name: string
  /** Short name for the storefront; default the legal name. */
  display_name?: string | null
  /** company, cooperative, cooperative_group, household; default guessed from the legal name. */
  kind?: ProducerKind
  /** One of Quảng Ninh's 54 current commune-level unit codes. */
  commune_code: string
  /** The locality as the producer's papers print it, e.g. "xã Húc Động, huyện Bình Liêu". */
  historic_locality?: string | null
  /** Mã số thuế: 10 digits, 10 digits + "-" + 3 (a branch), or 12 digits (a household's personal number). */
  tax_code: string
  /** The person the marketplace talks to; becomes the producer's owner member. */
  contact: { name: string; phone: string; email?: string | null }
  story_vi?: string | null
  address?: string | null
}

export type ApplyAsProducerInput = { auth_identity_id: string; application: ProducerApplication }

export const TAX_CODE = /^(\d{10}(-\d{3})?|\d{12})$/
const PHONE = /^\+?[0-9 .()-]{8,20}$/

function trimmed(value: string | null | undefined): string | null {
  const t = (value ?? "").trim()
  return t === "" ? null : t
}

type PreparedApplication = {
  producer: PreparedProducer
  email: string
  member_name: string
  location: { name: string; address: StockLocationAddressInput }
  sales_channel_id: string | null
}

/**
 * Checks the application and the login: an auth identity of actor type producer that has no
 * producer yet, an e-mail no member uses, a known commune, a well-formed tax code and contact.
 * Picks a free handle. Writes nothing.
 */
export const prepareProducerApplicationStep = createStep(
  "producer-portal-prepare-application",
  async (input: ApplyAsProducerInput, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const identity = await auth.retrieveAuthIdentity(input.auth_identity_id, { relations: ["provider_identities"] })
    const appMetadata = (identity.app_metadata ?? {}) as Record<string, unknown>
    if (appMetadata.producer_id || appMetadata.producer_member_id) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "This login already belongs to a producer; sign in again to use it.")
    }
    const emailIdentity = (identity.provider_identities ?? []).find((p) => p.provider === "emailpass")
    const email = (emailIdentity?.entity_id ?? "").toLowerCase()
    if (!email) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Register with an e-mail and password first (/auth/producer/emailpass/register).")

    const a = input.application
    const problems: FieldProblem[] = []
    const taxCode = trimmed(a.tax_code)
    if (!taxCode) problems.push({ field: "tax_code", message: "is required" })
    else if (!TAX_CODE.test(taxCode)) {
      problems.push({ field: "tax_code", message: `a Vietnamese tax code has 10 digits (or 10 + "-" + 3 for a branch, 12 for a household); got "${taxCode}"` })
    }
    const communeCode = trimmed(a.commune_code)
    if (!communeCode) problems.push({ field: "commune_code", message: "is required: the current commune-level unit where the producer works" })
    const contactName = trimmed(a.contact?.name)
    if (!contactName) problems.push({ field: "contact.name", message: "is required" })
    const phone = trimmed(a.contact?.phone)
    if (!phone) problems.push({ field: "contact.phone", message: "is required" })
    else if (!PHONE.test(phone)) problems.push({ field: "contact.phone", message: `not a phone number: "${phone}"` })
    throwIfInvalid(problems)

    const service = producerService(container)
    const [member] = await service.listProducerMembers({ email }, { select: ["id"] })
    if (member) throw new MedusaError(MedusaError.Types.INVALID_DATA, `${email} is already a member of a producer.`)
    const [sameTax] = await service.listProducers({ tax_code: taxCode }, { select: ["id"] })
    if (sameTax) throw new MedusaError(MedusaError.Types.INVALID_DATA, `tax_code: a producer with tax code ${taxCode} is already registered; ask its owner to add you.`)

    const displayName = trimmed(a.display_name) ?? trimmed(a.legal_name) ?? ""
    const base = slugify(displayName) || "nha-san-xuat"
    const taken = new Set(
      (await service.listProducers({ handle: { $like: `${base}%` } }, { select: ["handle"], take: 1000 })).map((p) => p.handle)
    )
    let handle = base
    for (let i = 2; taken.has(handle); i++) handle = `${base}-${i}`

    const producer = prepareNewProducer({
      legal_name: a.legal_name,
      display_name: displayName,
      kind: a.kind,
      handle,
      status: "pending",
      commune_code: communeCode,
      historic_locality: a.historic_locality ?? null,
      story_vi: a.story_vi ?? null,
      email: trimmed(a.contact.email) ?? email,
      phone,
      tax_code: taxCode,
      metadata: { contact_name: contactName, applied_at: new Date().toISOString() },
    })

    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: stores } = await query.graph({ entity: "store", fields: ["default_sales_channel_id"] })
    const unit = getUnit(communeCode!)
    return new StepResponse<PreparedApplication>({
      producer,
      email,
      member_name: contactName!,
      location: {
        name: `Kho ${producer.display_name}`,
        address: {
          address_1: trimmed(a.address) ?? unit?.fullName ?? producer.display_name,
          city: unit?.fullName ?? null,
          province: "Quảng Ninh",
          country_code: "vn",
          phone,
        },
      },
      sales_channel_id: (stores[0] as { default_sales_channel_id?: string | null } | undefined)?.default_sales_channel_id ?? null,
    })
  }
)

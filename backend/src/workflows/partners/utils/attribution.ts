import type { PartnerRecord } from "../../../modules/partner"
import { normalizeReferralCode } from "../rules"
import { partnerService } from "./partner-service"

type Container = { resolve: (key: string) => any }

/** The active partner whose referral code this is, or null (unknown, malformed, not active). */
export async function activePartnerByCode(container: Container, code: unknown): Promise<PartnerRecord | null> {
  const normalized = normalizeReferralCode(code)
  if (!normalized) return null
  const [partner] = await partnerService(container).listPartners({ referral_code: normalized, status: "active" })
  return partner ?? null
}

// The demo tourism partner of the development seed: partner@ocop.local / ocop-dev-partner
// (./demo-accounts), active, referral code HALONGBAY, with one shelf of Hạ Long gifts. Run after
// the catalog (it needs the products). Idempotent: what exists is kept.

import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { PARTNER_MODULE, type PartnerModuleService } from "../../modules/partner"
import { DEMO_ACCOUNTS } from "./demo-accounts"

export const DEMO_PARTNER = {
  ...DEMO_ACCOUNTS.partner,
  display_name: "Du thuyền Vịnh Hạ Long (dữ liệu mẫu)",
  legal_name: "Công ty TNHH Du thuyền Vịnh Hạ Long (dữ liệu mẫu)",
  contact_name: "Lễ tân du thuyền (demo)",
  phone: "0203 3800 000",
  commission_rate: 0.05,
  /** It accepts deliveries for its guests at its marina (issue #13): phường Tuần Châu, Quảng Ninh. */
  guest_delivery: {
    address_1: "Bến du thuyền Quốc tế Tuần Châu (dữ liệu mẫu)",
    province: "Quảng Ninh",
    city: "Tuần Châu",
    province_code: "22",
    commune_code: "06706",
    phone: "+842033800000",
  },
}

/** Handles of the seeded products on the demo shelf, in order (those missing are skipped). */
export const DEMO_SHELF_HANDLES = [
  "ngoc-trai-akoya-ngoc-trai-ha-long",
  "cha-muc-ha-long",
  "tra-hoa-vang-ba-che",
  "nuoc-mam-cai-rong",
  "ruou-ba-kich-ba-che",
  "tham-quan-trang-trai-ngoc-trai-ha-long",
]

export type DemoPartnerResult = { partner_id: string; shelf_id: string | null; created: boolean }

export async function seedDemoPartner(container: MedusaContainer): Promise<DemoPartnerResult> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const service = container.resolve<PartnerModuleService>(PARTNER_MODULE)
  const [existing] = await service.listPartners({ referral_code: DEMO_PARTNER.referralCode })
  if (existing) {
    // A database seeded before the partner accepted deliveries gets the setting once.
    if (!existing.guest_delivery) await service.updatePartners({ id: existing.id, guest_delivery: DEMO_PARTNER.guest_delivery })
    const [shelf] = await service.listShowcases({ partner_id: existing.id }, { take: 1 })
    return { partner_id: existing.id, shelf_id: shelf?.id ?? null, created: false }
  }

  const partner = await service.createPartners({
    display_name: DEMO_PARTNER.display_name,
    legal_name: DEMO_PARTNER.legal_name,
    kind: "cruise",
    contact_name: DEMO_PARTNER.contact_name,
    email: DEMO_PARTNER.email,
    phone: DEMO_PARTNER.phone,
    status: "active",
    referral_code: DEMO_PARTNER.referralCode,
    commission_rate: DEMO_PARTNER.commission_rate,
    sample_data: true,
    guest_delivery: DEMO_PARTNER.guest_delivery,
  })

  const auth = container.resolve(Modules.AUTH)
  const [identity] = await auth.listProviderIdentities({ entity_id: DEMO_PARTNER.email, provider: "emailpass" })
  let authIdentityId = identity?.auth_identity_id ?? null
  if (!authIdentityId) {
    const { authIdentity, error } = await auth.register("emailpass", {
      body: { email: DEMO_PARTNER.email, password: DEMO_PARTNER.password },
    })
    if (!authIdentity) throw new Error(`Could not register ${DEMO_PARTNER.email}: ${error}`)
    authIdentityId = authIdentity.id
  }
  const member = await service.createPartnerMembers({
    partner_id: partner.id,
    email: DEMO_PARTNER.email,
    name: DEMO_PARTNER.contact_name,
    role: "owner",
    auth_identity_id: authIdentityId,
  })
  const current = await auth.retrieveAuthIdentity(authIdentityId!)
  await auth.updateAuthIdentities({
    id: authIdentityId!,
    app_metadata: { ...(current.app_metadata ?? {}), partner_id: partner.id, partner_member_id: member.id },
  })

  const products = await container
    .resolve(Modules.PRODUCT)
    .listProducts({ handle: DEMO_SHELF_HANDLES }, { select: ["id", "handle"], take: DEMO_SHELF_HANDLES.length })
  const idByHandle = new Map(products.map((p: { id: string; handle: string }) => [p.handle, p.id]))
  const productIds = DEMO_SHELF_HANDLES.map((h) => idByHandle.get(h)).filter((id): id is string => !!id)
  const shelf = await service.createShowcases({
    partner_id: partner.id,
    title_vi: "Quà từ Vịnh Hạ Long",
    title_en: "Gifts from Ha Long Bay",
    note_vi: "Những món quà OCOP Quảng Ninh mà khách của chúng tôi yêu thích nhất.",
    note_en: "The Quảng Ninh OCOP gifts our guests love most.",
    // product_ids is a json column: the model types it as an object, it holds the ids' array.
    product_ids: productIds as never,
  })
  logger.info(`Demo partner ${DEMO_PARTNER.email} (code ${DEMO_PARTNER.referralCode}) with shelf ${shelf.id} of ${productIds.length} products`)
  return { partner_id: partner.id, shelf_id: shelf.id, created: true }
}

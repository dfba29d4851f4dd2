// Shared by the partner tests (not a test file): partner sign-up through the public API as the
// storefront does it, the admin's approval, and small request helpers.
import { bearer, fails, PASSWORD, type Api, type Headers } from "../producer/portal"

export { bearer, fails, PASSWORD }
export type { Api, Headers }

export type PartnerApplication = {
  display_name: string
  legal_name: string
  kind: string
  contact_name: string
  email: string
  phone: string
  website?: string
}

export function partnerApplication(n: number, overrides: Partial<PartnerApplication> = {}): PartnerApplication {
  return {
    display_name: `Khách sạn Thử nghiệm ${n}`,
    legal_name: `Công ty TNHH Khách sạn Thử nghiệm ${n}`,
    kind: "hotel",
    contact_name: `Lễ tân ${n}`,
    email: `le-tan-${n}@example.vn`,
    phone: "0912 345 678",
    website: "https://example.vn",
    ...overrides,
  }
}

/** Register the login, file the application, sign in again; the partner is pending. */
export async function signUpPartner(api: Api, email: string, app: PartnerApplication) {
  const registered = await api.post("/auth/partner/emailpass/register", { email, password: PASSWORD })
  const filed = await api.post("/partner/applications", app, bearer(registered.data.token))
  const login = await api.post("/auth/partner/emailpass", { email, password: PASSWORD })
  return {
    registrationToken: registered.data.token as string,
    filedStatus: filed.status,
    auth: bearer(login.data.token),
    partnerId: filed.data.partner.id as string,
    partner: filed.data.partner,
  }
}

export type SignedUpPartner = Awaited<ReturnType<typeof signUpPartner>>

/** Signs up and approves a partner; returns it with its referral code. */
export async function activePartner(api: Api, admin: Headers, n: number, overrides: Partial<PartnerApplication> = {}) {
  const partner = await signUpPartner(api, `partner-${n}-${Date.now()}@example.vn`, partnerApplication(n, overrides))
  const { data } = await api.post(`/admin/partners/${partner.partnerId}/status`, { status: "active" }, admin)
  return { ...partner, code: data.partner.referral_code as string }
}

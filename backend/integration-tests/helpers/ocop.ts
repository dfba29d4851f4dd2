import type { MedusaContainer } from "@medusajs/framework/types"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { addMonths, isoDateInVietnam } from "@ocop/core"
import type { FoundationRefs } from "../../src/scripts/seed/foundation"
import type { CertificateInput } from "../../src/workflows/ocop/certificate-rules"

type Api = { post: Function; get: Function }

/** Logs in as the demo admin; returns request options with its bearer token. */
export async function adminHeaders(api: Api) {
  const { data } = await api.post("/auth/user/emailpass", { email: "admin@ocop.local", password: "ocop-dev-admin" })
  return { headers: { authorization: `Bearer ${data.token}` } }
}

export function storeHeaders(refs: FoundationRefs) {
  return { headers: { "x-publishable-api-key": refs.publishableKey } }
}

/** The response of a request expected to fail (axios throws on 4xx). */
export async function failure(request: Promise<unknown>): Promise<{ status: number; data: { message: string; type: string } }> {
  try {
    await request
  } catch (e) {
    return (e as { response: { status: number; data: { message: string; type: string } } }).response
  }
  throw new Error("expected the request to fail")
}

let counter = 0

/** A published product with one VND variant in the default sales channel. */
export async function createProduct(container: MedusaContainer, refs: FoundationRefs, title: string, price = 250000) {
  counter += 1
  const { result } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title,
          handle: `test-product-${counter}-${Date.now()}`,
          status: "published",
          shipping_profile_id: refs.shippingProfileId,
          sales_channels: [{ id: refs.salesChannelId }],
          options: [{ title: "Loại", values: ["Hộp"] }],
          variants: [
            {
              title: "Hộp",
              options: { "Loại": "Hộp" },
              manage_inventory: false,
              prices: [{ currency_code: "vnd", amount: price }],
            },
          ],
        },
      ],
    },
  })
  return result[0]!
}

/** Today in Vietnam, shifted by whole months (negative: in the past). */
export function monthsFromToday(months: number): string {
  return addMonths(isoDateInVietnam(), months)
}

/** A valid 4-star provincial certificate from last month, with overrides. */
export function certificate(overrides: Partial<CertificateInput> = {}): CertificateInput {
  return {
    stars: 4,
    score: 78,
    group: "food",
    sub_group: "tea",
    decision_number: "1234/QĐ-UBND",
    decision_date: monthsFromToday(-1),
    issuing_level: "province",
    issuing_authority: "UBND tỉnh Quảng Ninh",
    commune_code: "06979",
    historic_locality: "xã Đạp Thanh, huyện Ba Chẽ",
    sample_data: true,
    ...overrides,
  }
}

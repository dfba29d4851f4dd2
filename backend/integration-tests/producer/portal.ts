// Shared by the producer portal tests (not a test file): sign-up of producers through the public
// API as the storefront does it, the admin's approval, their products and a store checkout.
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DEMO_BUYER_ADDRESS, seedFoundation, type FoundationRefs } from "../../src/scripts/seed/foundation"

export type Api = {
  get: (url: string, config?: unknown) => Promise<{ status: number; data: any; headers: any }>
  post: (url: string, body?: unknown, config?: unknown) => Promise<{ status: number; data: any; headers: any }>
  delete: (url: string, config?: unknown) => Promise<{ status: number; data: any }>
}

export type Headers = { headers: Record<string, string> }

export const PASSWORD = "mat-khau-thu-nghiem"

export function bearer(token: string): Headers {
  return { headers: { authorization: `Bearer ${token}` } }
}

/** Axios rejects on 4xx/5xx: hand back the response instead. */
export async function fails(request: Promise<unknown>): Promise<{ status: number; data: any }> {
  try {
    await request
  } catch (e) {
    const response = (e as { response?: { status: number; data: any } }).response
    if (!response) throw e
    return response
  }
  throw new Error("expected the request to fail")
}

export async function adminLogin(api: Api): Promise<Headers> {
  const { data } = await api.post("/auth/user/emailpass", { email: "admin@ocop.local", password: "ocop-dev-admin" })
  return bearer(data.token)
}

export type Application = {
  legal_name: string
  display_name?: string
  kind?: string
  commune_code: string
  historic_locality?: string
  tax_code: string
  contact: { name: string; phone: string; email?: string }
}

export function application(n: number, overrides: Partial<Application> = {}): Application {
  return {
    legal_name: `HTX Thử nghiệm số ${n}`,
    display_name: `Thử nghiệm ${n}`,
    commune_code: "06979",
    historic_locality: "xã Đạp Thanh, huyện Ba Chẽ",
    tax_code: `57000000${String(n).padStart(2, "0")}`,
    contact: { name: `Người liên hệ ${n}`, phone: "0912 345 678" },
    ...overrides,
  }
}

/** Register the login (registration token), file the application, then sign in again. */
export async function signUp(api: Api, email: string, app: Application) {
  const registered = await api.post("/auth/producer/emailpass/register", { email, password: PASSWORD })
  const filed = await api.post("/producer/applications", app, bearer(registered.data.token))
  const login = await api.post("/auth/producer/emailpass", { email, password: PASSWORD })
  return {
    registrationToken: registered.data.token as string,
    token: login.data.token as string,
    auth: bearer(login.data.token),
    producerId: filed.data.producer.id as string,
    memberId: filed.data.member.id as string,
    locationId: filed.data.producer.stock_location.id as string,
    application: filed.data,
  }
}

export type Producer = Awaited<ReturnType<typeof signUp>>

export async function approve(api: Api, admin: Headers, producerId: string) {
  await api.post(`/admin/producers/${producerId}/status`, { status: "active" }, admin)
}

/** A product through the portal with one variant per price; returns the product view. */
export async function newProduct(api: Api, producer: Producer, title: string, prices: number[] = [250_000], stock = 10) {
  const { data } = await api.post(
    "/producer/products",
    {
      title,
      group: "food",
      variants: prices.map((price, i) => ({ title: prices.length === 1 ? undefined : `Loại ${i + 1}`, price, stock })),
    },
    producer.auth
  )
  return data.product as {
    id: string
    handle: string
    status: string
    variants: Array<{ id: string; title: string; price: number; stocked_quantity: number }>
  }
}

/**
 * Puts a portal product on sale the way the marketplace does: the producer asks for a certificate
 * and the admin verifies it (a product is not on sale before).
 */
export async function certify(api: Api, admin: Headers, producer: Producer, productId: string, overrides: Record<string, unknown> = {}) {
  const { data } = await api.post(`/producer/products/${productId}/certificate-requests`, certificateBody(overrides), producer.auth)
  await api.post(`/admin/certificates/${data.certificate.id}/verify`, {}, admin)
  return data.certificate.id as string
}

/** A valid 4-star provincial certificate from last month. */
export function certificateBody(overrides: Record<string, unknown> = {}) {
  const d = new Date()
  d.setUTCMonth(d.getUTCMonth() - 1)
  return {
    stars: 4,
    score: 78,
    group: "food",
    sub_group: "tea",
    decision_number: "1234/QĐ-UBND",
    decision_date: d.toISOString().slice(0, 10),
    issuing_level: "province",
    issuing_authority: "UBND tỉnh Quảng Ninh",
    commune_code: "06979",
    ...overrides,
  }
}

export type Shop = FoundationRefs & { store: Headers; admin: Headers }

export async function openShop(container: MedusaContainer, api: Api): Promise<Shop> {
  const refs = await seedFoundation(container)
  return { ...refs, store: { headers: { "x-publishable-api-key": refs.publishableKey } }, admin: await adminLogin(api) }
}

/**
 * A store cart of the given variants, with address, standard shipping and cash on delivery (or
 * `provider`), ready to complete, as a guest or, with `buyer` (e.g. a customer's bearer), as that customer.
 */
export async function readyCart(api: Api, shop: Shop, lines: Array<{ variant_id: string; quantity: number }>, buyer?: Headers, provider = "pp_cod_cod") {
  const h = { headers: { ...shop.store.headers, ...buyer?.headers } }
  const { data: created } = await api.post("/store/carts", { region_id: shop.regionId, email: "khach@example.vn" }, h)
  const cartId = created.cart.id as string
  for (const line of lines) await api.post(`/store/carts/${cartId}/line-items`, line, h)
  await api.post(
    `/store/carts/${cartId}`,
    {
      shipping_address: DEMO_BUYER_ADDRESS,
    },
    h
  )
  const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, h)
  const standard = options.shipping_options.find((o: { name: string }) => o.name === "Giao hàng tiêu chuẩn")
  await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: standard.id }, h)
  const { data: pc } = await api.post("/store/payment-collections", { cart_id: cartId }, h)
  await api.post(`/store/payment-collections/${pc.payment_collection.id}/payment-sessions`, { provider_id: provider }, h)
  return cartId
}

/** A store checkout of `readyCart`'s cart; `access_token` opens the order for a guest. */
export async function placeOrder(api: Api, shop: Shop, lines: Array<{ variant_id: string; quantity: number }>, buyer?: Headers) {
  const cartId = await readyCart(api, shop, lines, buyer)
  const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, { headers: { ...shop.store.headers, ...buyer?.headers } })
  if (data.type !== "order") throw new Error(`cart not completed: ${JSON.stringify(data.error ?? data)}`)
  const order = data.order as { id: string; display_id: number; items: Array<{ id: string; variant_id: string }> }
  return { ...order, access_token: data.access_token as string }
}

/** Rows of a table through Query, for checking that nothing changed. */
export async function graph(container: MedusaContainer, entity: string, fields: string[], filters: Record<string, unknown>) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity, fields, filters } as never)
  return data as any[]
}

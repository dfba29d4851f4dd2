// A seeded shop made ready for load and fault tests (bench:load, backend/integration-tests/reliability):
// the ids the seed created, and a published product with as much managed stock as asked for.
import pg from "pg"

export const SHIPPING_ADDRESS = {
  first_name: "Lan",
  last_name: "Nguyễn",
  address_1: "12 Trần Hưng Đạo",
  city: "Hạ Long",
  province: "Quảng Ninh",
  country_code: "vn",
  phone: "+84912345678",
}
export const STANDARD_SHIPPING = "Giao hàng tiêu chuẩn"

export async function withClient(databaseUrl, fn) {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

async function expectOk(response, what) {
  const body = await response.json().catch(() => ({}))
  if (!response.ok) throw new Error(`${what}: HTTP ${response.status} ${JSON.stringify(body).slice(0, 300)}`)
  return body
}

/** A bearer token of the demo admin. */
export async function adminToken(url) {
  const login = await fetch(`${url}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "admin@ocop.local", password: "ocop-dev-admin" }),
  })
  return (await expectOk(login, "admin login")).token
}

/**
 * A published product (one 100 g variant, 250.000 ₫, managed inventory) with `stock` units at the
 * seeded warehouse, created through the admin API; with the seeded ids a checkout needs.
 */
export async function createStockedProduct(url, token, databaseUrl, { stock, title }) {
  const refs = await withClient(databaseUrl, async (c) => {
    const one = async (sql) => (await c.query(sql)).rows[0]?.id
    return {
      regionId: await one("select id from region where name = 'Việt Nam' and deleted_at is null"),
      salesChannelId: await one("select id from sales_channel where name = 'Default Sales Channel' and deleted_at is null"),
      shippingProfileId: await one("select id from shipping_profile where type = 'default' and deleted_at is null"),
      stockLocationId: await one("select id from stock_location where name = 'Kho Hạ Long' and deleted_at is null"),
    }
  })
  const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" }
  const created = await fetch(`${url}/admin/products`, {
    method: "POST",
    headers,
    body: JSON.stringify({
      title,
      status: "published",
      shipping_profile_id: refs.shippingProfileId,
      sales_channels: [{ id: refs.salesChannelId }],
      options: [{ title: "Khối lượng", values: ["100g"] }],
      variants: [
        {
          title: "100g",
          sku: `LOAD-${Date.now()}-${Math.random().toString(36).slice(2, 6)}`,
          manage_inventory: true,
          options: { "Khối lượng": "100g" },
          prices: [{ currency_code: "vnd", amount: 250_000 }],
        },
      ],
    }),
  })
  const { product } = await expectOk(created, "create the product")
  const variantId = product.variants[0].id
  const inventoryItemId = await withClient(databaseUrl, async (c) => {
    const { rows } = await c.query("select inventory_item_id from product_variant_inventory_item where variant_id = $1 and deleted_at is null", [variantId])
    return rows[0].inventory_item_id
  })
  const level = await fetch(`${url}/admin/inventory-items/${inventoryItemId}/location-levels`, {
    method: "POST",
    headers,
    body: JSON.stringify({ location_id: refs.stockLocationId, stocked_quantity: stock }),
  })
  await expectOk(level, "stock the product")
  return { ...refs, productId: product.id, variantId, inventoryItemId }
}

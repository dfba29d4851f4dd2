// Types of load-shop.mjs, for the reliability tests (backend/integration-tests/reliability).
import type pg from "pg"

export const SHIPPING_ADDRESS: Record<string, string>
export const STANDARD_SHIPPING: string

export function withClient<T>(databaseUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T>
export function adminToken(url: string): Promise<string>
export function createStockedProduct(
  url: string,
  token: string,
  databaseUrl: string,
  options: { stock: number; title: string }
): Promise<{
  regionId: string
  salesChannelId: string
  shippingProfileId: string
  stockLocationId: string
  productId: string
  variantId: string
  inventoryItemId: string
}>

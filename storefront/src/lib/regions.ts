import "server-only";
import type { HttpTypes } from "@medusajs/types";
import { backendConfig, backendKey, getSdk } from "./medusa";
import { ttlMemo } from "./ttl-memo";

/** The marketplace sells in one region, created by the backend's seed. */
export const REGION_NAME = "Việt Nam";

export interface Region {
  id: string;
  currencyCode: string;
}

function pickRegion(regions: HttpTypes.StoreRegion[]): HttpTypes.StoreRegion | undefined {
  return regions.find((r) => r.name === REGION_NAME) ?? regions.find((r) => r.currency_code === "vnd");
}

// Regions change only when the backend is re-seeded: ask once every few minutes, not per page.
const regionFor = ttlMemo(5 * 60_000, async (): Promise<Region> => {
  const sdk = await getSdk();
  const { regions } = await sdk.store.region.list({ limit: 50 });
  const region = pickRegion(regions);
  if (!region) throw new Error(`the backend has no region "${REGION_NAME}"`);
  return { id: region.id, currencyCode: region.currency_code };
});

/** The Vietnam region, whose id prices products in VND. Throws when the backend cannot tell. */
export async function getRegion(): Promise<Region> {
  return regionFor(backendKey(await backendConfig()));
}

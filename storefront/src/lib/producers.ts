import "server-only";
import { cache } from "react";
import { load, type Loaded } from "./backend";
import { cachedCatalogRead } from "./catalog-cache";
import { backendConfig, httpStatus, sdkFor, type BackendConfig } from "./medusa";
import { parseProducerList, parseProducerResponse, type ProducerListItem } from "./producer-map";
import { getRegion } from "./regions";
import type { ProducerView } from "./types";
import type { ProducerAnswer, ProducerListAnswer } from "./wire-types";

/** A producer and its products on sale, priced in the Việt Nam region; null when there is none. Cached per request. */
export const getProducer = cache(
  (handle: string): Promise<Loaded<ProducerView | null>> =>
    load(`loading producer "${handle}"`, async () => {
      const body = await readProducer(await backendConfig(), (await getRegion()).id, handle);
      if (body === null) return null;
      const producer = parseProducerResponse(body);
      if (!producer) throw new Error(`GET /store/producers/${handle} answered without a producer`);
      return producer;
    }),
);

const readProducer = cachedCatalogRead(
  "producer",
  ["producers", "products", "certificates"],
  async (config: BackendConfig, regionId: string, handle: string): Promise<ProducerAnswer | null> => {
    try {
      return await sdkFor(config).client.fetch<ProducerAnswer>(`/store/producers/${encodeURIComponent(handle)}`, {
        query: { region_id: regionId },
      });
    } catch (error) {
      // Unknown producer, or (while the backend has no producer API) an unknown route.
      if (httpStatus(error) === 404) return null;
      throw error;
    }
  },
);

const readProducerList = cachedCatalogRead("producer-list", ["producers", "products"], (config: BackendConfig) =>
  sdkFor(config).client.fetch<ProducerListAnswer>("/store/producers", { query: { limit: 100 } }),
);

/**
 * Active producers with products on sale, those with the most first. The API lists by name, at
 * most 100 a page: enough for a province's producers on the home page.
 */
export function listProducers(limit: number): Promise<Loaded<ProducerListItem[]>> {
  return load("listing producers", async () => {
    const body = await readProducerList(await backendConfig());
    const producers = parseProducerList(body);
    if (!producers) throw new Error("GET /store/producers answered without producers");
    return producers
      .filter((p) => p.productCount > 0)
      .sort((a, b) => b.productCount - a.productCount || a.displayName.localeCompare(b.displayName, "vi"))
      .slice(0, limit);
  });
}

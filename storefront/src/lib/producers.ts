import "server-only";
import { cache } from "react";
import { load, type Loaded } from "./backend";
import { getSdk, httpStatus } from "./medusa";
import { parseProducerResponse } from "./producer-map";
import { getRegion } from "./regions";
import type { ProducerView } from "./types";

/** A producer and its products on sale, priced in the Việt Nam region; null when there is none. Cached per request. */
export const getProducer = cache(
  (handle: string): Promise<Loaded<ProducerView | null>> =>
    load(`loading producer "${handle}"`, async () => {
      const sdk = await getSdk();
      const region = await getRegion();
      try {
        const body = await sdk.client.fetch<unknown>(`/store/producers/${encodeURIComponent(handle)}`, {
          query: { region_id: region.id },
        });
        const producer = parseProducerResponse(body);
        if (!producer) throw new Error(`GET /store/producers/${handle} answered without a producer`);
        return producer;
      } catch (error) {
        // Unknown producer, or (while the backend has no producer API) an unknown route.
        if (httpStatus(error) === 404) return null;
        throw error;
      }
    }),
);

import "server-only";
import { cache } from "react";
import { load, type Loaded } from "./backend";
import { isCertificateId, lookupText, parseCertificateList, toCertificateRecord } from "./certificate-map";
import { cachedCatalogRead } from "./catalog-cache";
import { backendConfig, getSdk, httpStatus, sdkFor, type BackendConfig } from "./medusa";
import type { CertificateRecordView } from "./types";
import type { CertificateAnswer, CertificateListAnswer } from "./wire-types";

/**
 * Certificates whose decision number, product or producer contains the text. Text that cannot
 * match (empty, longer than the backend accepts) finds nothing without asking; a text the backend
 * refuses (400) finds nothing too: the page says so, it never fails.
 */
export function lookupCertificates(raw: string | string[] | undefined): Promise<Loaded<CertificateRecordView[]>> {
  return load("looking up certificates", async () => {
    const q = lookupText(raw);
    if (!q) return [];
    const sdk = await getSdk();
    try {
      const body = await sdk.client.fetch<CertificateListAnswer>("/store/ocop-certificates", { query: { q } });
      const list = parseCertificateList(body);
      if (!list) throw new Error("GET /store/ocop-certificates answered without certificates");
      return list;
    } catch (error) {
      if (httpStatus(error) === 400) return [];
      throw error;
    }
  });
}

/** One certificate's public record, or null when there is none with this id. Cached per request. */
export const getCertificate = cache(
  (id: string): Promise<Loaded<CertificateRecordView | null>> =>
    load(`loading certificate "${id}"`, async () => {
      if (!isCertificateId(id)) return null;
      const body = await readCertificate(await backendConfig(), id);
      return body === null ? null : toCertificateRecord(body.certificate);
    }),
);

const readCertificate = cachedCatalogRead(
  "certificate",
  ["certificates", "products", "producers"],
  async (config: BackendConfig, id: string): Promise<CertificateAnswer | null> => {
    try {
      return await sdkFor(config).client.fetch<CertificateAnswer>(`/store/ocop-certificates/${encodeURIComponent(id)}`);
    } catch (error) {
      if (httpStatus(error) === 404) return null;
      throw error;
    }
  },
);

import "server-only";
import Medusa, { FetchError } from "@medusajs/js-sdk";
import { cache } from "react";
import { catalogCacheEnabled, keepPageBriefly } from "./catalog-cache";
import { shopperAddressHeaders } from "./session";

export interface BackendConfig {
  baseUrl: string;
  publishableKey: string | undefined;
}

/**
 * Read at run time, never at build time (no page is rendered by `next build`): the start script
 * passes the backend URL and publishable key when it runs `next start`.
 */
export async function backendConfig(): Promise<BackendConfig> {
  // Without the catalog cache (nobody would expire it) cached pages live a second.
  if (!catalogCacheEnabled()) await keepPageBriefly();
  return {
    baseUrl: process.env.MEDUSA_BACKEND_URL ?? "http://localhost:9000",
    publishableKey: process.env.MEDUSA_PUBLISHABLE_KEY,
  };
}

/** A key that changes when the backend or key does, for per-process memos. */
export function backendKey(config: BackendConfig): string {
  return `${config.baseUrl}|${config.publishableKey ?? ""}`;
}

/** A js-sdk client for this configuration, without the request: for reads inside a cache scope (lib/catalog-cache.ts). */
export function sdkFor({ baseUrl, publishableKey }: BackendConfig): Medusa {
  return new Medusa({ baseUrl, publishableKey });
}

/** One js-sdk client per request (cheap: it holds only configuration). */
export const getSdk = cache(async (): Promise<Medusa> => sdkFor(await backendConfig()));

/** A js-sdk client that also tells the backend the shopper's address (for logins and sign-ups). */
export async function getAuthSdk(): Promise<Medusa> {
  const { baseUrl, publishableKey } = await backendConfig();
  return new Medusa({ baseUrl, publishableKey, globalHeaders: await shopperAddressHeaders() });
}

/** The HTTP status of a failed js-sdk call, or undefined when it never got an answer. */
export function httpStatus(error: unknown): number | undefined {
  return error instanceof FetchError ? error.status : undefined;
}

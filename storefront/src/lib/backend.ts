import "server-only";
import { unstable_rethrow } from "next/navigation";
import { keepPageBriefly } from "./catalog-cache";

/** The result of a backend call: pages render a friendly notice instead of crashing. */
export type Loaded<T> = { ok: true; data: T } | { ok: false };

// A backend that accepts the connection but never answers must not hang the page.
const TIMEOUT_MS = 10_000;

function withTimeout<T>(task: Promise<T>, label: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${label}: no answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
  });
  return Promise.race([task, timeout]).finally(() => clearTimeout(timer));
}

/** Runs a backend call; any failure is logged for operators and reported as `{ ok: false }`. */
export async function load<T>(label: string, task: () => Promise<T>): Promise<Loaded<T>> {
  try {
    return { ok: true, data: await withTimeout(task(), label) };
  } catch (error) {
    // Next's own signals (dynamic rendering, notFound) must pass through.
    unstable_rethrow(error);
    console.error(`[storefront] ${label} failed:`, error instanceof Error ? error.message : error);
    await keepPageBriefly();
    return { ok: false };
  }
}

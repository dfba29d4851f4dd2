// The hosts whose images the storefront's image optimiser fetches (issue #21: it took images from
// any https host, so anyone could make the shop's server fetch and resize anything). Only the
// backend's and the file store's, read when the storefront is built: MEDUSA_BACKEND_URL,
// MEDUSA_FILE_BASE_URL and OCOP_IMAGE_HOSTS (comma-separated URLs or host names, e.g. a CDN).
// Loopback hosts are never optimised (Next 16 refuses them): their images are served as they are.

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

function hostOf(entry: string): string | null {
  const value = entry.trim();
  if (!value) return null;
  try {
    return new URL(value.includes("://") ? value : `https://${value}`).hostname || null;
  } catch {
    return null;
  }
}

/** The https hosts images may be optimised from. */
export function imageHosts(env: Record<string, string | undefined>): string[] {
  const entries = [env.MEDUSA_BACKEND_URL, env.MEDUSA_FILE_BASE_URL, ...(env.OCOP_IMAGE_HOSTS ?? "").split(",")];
  const hosts = entries.map((entry) => (entry ? hostOf(entry) : null)).filter((h): h is string => !!h && !LOOPBACK.has(h));
  return [...new Set(hosts)];
}

/** Whether the optimiser may fetch `src`: https on one of `hosts`. */
export function canOptimizeImage(src: string, hosts: readonly string[]): boolean {
  try {
    const url = new URL(src);
    return url.protocol === "https:" && hosts.includes(url.hostname);
  } catch {
    return false;
  }
}

import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { imageHosts } from "./src/lib/image-hosts";
import { securityHeaders } from "./src/lib/security/headers";

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");
const IMAGE_HOSTS = imageHosts(process.env);

const nextConfig: NextConfig = {
  // Lets parallel builds of one checkout (e.g. a second test stack) keep apart; `.next` by default.
  distDir: process.env.OCOP_NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // The page and data caches live in this process's memory only: an entry on disk would outlive a
  // restart and the revalidations the process missed while down, and would be shared by every
  // server started from this build (the backend expires entries per process: src/lib/catalog-cache.ts).
  experimental: { isrFlushToDisk: false },
  // CSP, frame rules (only /embed/** may be framed), HSTS in production over https: src/lib/security.
  async headers() {
    return securityHeaders(process.env);
  },
  // The image optimiser fetches only from the backend's and the file store's hosts (src/lib/image-hosts.ts),
  // fixed at build time; the same list reaches ProductImage, which serves any other image unoptimised.
  env: { OCOP_IMAGE_HOSTS: IMAGE_HOSTS.join(",") },
  images: {
    remotePatterns: [
      { protocol: "http", hostname: "localhost" },
      { protocol: "http", hostname: "127.0.0.1" },
      ...IMAGE_HOSTS.map((hostname) => ({ protocol: "https" as const, hostname })),
    ],
  },
};

export default withNextIntl(nextConfig);

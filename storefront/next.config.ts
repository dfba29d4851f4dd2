import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { securityHeaders } from "./src/lib/security/headers";

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");

const nextConfig: NextConfig = {
  // Lets parallel builds of one checkout (e.g. a second test stack) keep apart; `.next` by default.
  distDir: process.env.OCOP_NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // CSP, frame rules (only /embed/** may be framed), HSTS in production over https: src/lib/security.
  async headers() {
    return securityHeaders(process.env);
  },
  images: {
    // Product images come from the backend's file provider (localhost:9000 in
    // development) or from whatever https storage it is configured with.
    // Next 16 refuses to optimise loopback hosts, so ProductImage serves those
    // unoptimised; the localhost entries still document and allow them.
    remotePatterns: [
      { protocol: "http", hostname: "localhost" },
      { protocol: "http", hostname: "127.0.0.1" },
      { protocol: "https", hostname: "**" },
    ],
  },
};

export default withNextIntl(nextConfig);

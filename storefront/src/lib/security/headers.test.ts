import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, hstsEnabled, securityHeaders } from "./headers";

const header = (rule: { headers: { key: string; value: string }[] }, key: string) => rule.headers.find((h) => h.key === key)?.value;

describe("securityHeaders", () => {
  it("forbids framing on every page but /embed/**, which any site may frame", () => {
    const [pages, embed] = securityHeaders({ NODE_ENV: "production" });
    expect(header(pages!, "X-Frame-Options")).toBe("DENY");
    expect(header(pages!, "Content-Security-Policy")).toContain("frame-ancestors 'none'");
    expect(header(embed!, "X-Frame-Options")).toBeUndefined();
    expect(header(embed!, "Content-Security-Policy")).toContain("frame-ancestors *");
    expect(embed!.source).toBe("/embed/:path*");
    // The page rule's pattern leaves the embeds out, and only them.
    const pattern = new RegExp(`^/${pages!.source.slice("/:path(".length, -1)}$`);
    for (const path of ["/", "/vi", "/en/products/tra", "/embedded-guide"]) expect(pattern.test(path)).toBe(true);
    for (const path of ["/embed", "/embed/shelves/x"]) expect(pattern.test(path)).toBe(false);
  });

  it("sends the other headers everywhere", () => {
    for (const rule of securityHeaders({})) {
      expect(header(rule, "X-Content-Type-Options")).toBe("nosniff");
      expect(header(rule, "Referrer-Policy")).toBe("strict-origin-when-cross-origin");
      expect(header(rule, "Permissions-Policy")).toContain("camera=()");
    }
  });

  it("adds Stripe's hosts only with a Stripe publishable key", () => {
    expect(contentSecurityPolicy({}, "'none'")).not.toContain("stripe");
    const csp = contentSecurityPolicy({ NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY: "pk_test_abc" }, "'none'");
    expect(csp).toContain("script-src 'self' 'unsafe-inline' 'unsafe-eval' https://js.stripe.com");
    expect(csp).toContain("connect-src 'self' https://api.stripe.com");
    expect(csp).toContain("frame-src 'self' https://js.stripe.com https://hooks.stripe.com");
    expect(contentSecurityPolicy({ NODE_ENV: "production" }, "'none'")).toContain("script-src 'self' 'unsafe-inline'; ");
  });

  it("sends HSTS only in production over https, or when OCOP_HSTS says so", () => {
    expect(hstsEnabled({ NODE_ENV: "production", STOREFRONT_URL: "https://ocop.vn" })).toBe(true);
    expect(hstsEnabled({ NODE_ENV: "production", STOREFRONT_URL: "http://localhost:8000" })).toBe(false);
    expect(hstsEnabled({ NODE_ENV: "development", STOREFRONT_URL: "https://ocop.vn" })).toBe(false);
    expect(hstsEnabled({ OCOP_HSTS: "true" })).toBe(true);
    expect(hstsEnabled({ OCOP_HSTS: "false", NODE_ENV: "production", STOREFRONT_URL: "https://ocop.vn" })).toBe(false);
    expect(header(securityHeaders({ OCOP_HSTS: "true" })[0]!, "Strict-Transport-Security")).toBe("max-age=63072000; includeSubDomains");
    expect(header(securityHeaders({})[0]!, "Strict-Transport-Security")).toBeUndefined();
  });
});

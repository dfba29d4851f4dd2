// The storefront's security headers (applied in next.config.ts). Pure: unit-tested beside this file.

type Env = Readonly<Record<string, string | undefined>>;
export type HeaderRule = { source: string; headers: { key: string; value: string }[] };

// Every page but the partner embeds (/embed/**), which partner sites put in an iframe.
const NOT_EMBED = "/:path((?!embed(?:/|$)).*)";
const EMBED = "/embed/:path*";

/** Stripe's hosts (https://docs.stripe.com/security/guide#content-security-policy), when cards are on. */
function stripeEnabled(env: Env): boolean {
  const key = (env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY || env.STRIPE_PUBLISHABLE_KEY || "").trim();
  return /^pk_(test|live)_/.test(key);
}

/** HSTS only where the storefront is served over https in production (OCOP_HSTS forces it on or off). */
export function hstsEnabled(env: Env): boolean {
  if (env.OCOP_HSTS) return env.OCOP_HSTS === "true";
  return env.NODE_ENV === "production" && (env.STOREFRONT_URL ?? "").startsWith("https:");
}

export function contentSecurityPolicy(env: Env, frameAncestors: string): string {
  const stripe = stripeEnabled(env);
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    // Next's streamed pages (self.__next_f) and next-intl run inline scripts; a nonce would force every
    // page to render per request. 'unsafe-eval' only for `next dev` (React's debugging).
    "script-src": ["'self'", "'unsafe-inline'", ...(env.NODE_ENV === "production" ? [] : ["'unsafe-eval'"]), ...(stripe ? ["https://js.stripe.com"] : [])],
    "style-src": ["'self'", "'unsafe-inline'"],
    // Product images come from the backend's file storage, wherever it is configured.
    "img-src": ["'self'", "data:", "blob:", "http:", "https:"],
    "font-src": ["'self'", "data:"],
    // The browser talks only to the storefront (server actions call the backend), and to Stripe.
    "connect-src": ["'self'", ...(stripe ? ["https://api.stripe.com"] : [])],
    // Own pages (e.g. a preview of a partner embed) and Stripe's card fields.
    "frame-src": ["'self'", ...(stripe ? ["https://js.stripe.com", "https://hooks.stripe.com"] : [])],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": [frameAncestors],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}

export function securityHeaders(env: Env = process.env): HeaderRule[] {
  const common = [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(self \"https://js.stripe.com\"), usb=(), interest-cohort=()" },
    ...(hstsEnabled(env) ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
  ];
  return [
    {
      source: NOT_EMBED,
      headers: [...common, { key: "X-Frame-Options", value: "DENY" }, { key: "Content-Security-Policy", value: contentSecurityPolicy(env, "'none'") }],
    },
    { source: EMBED, headers: [...common, { key: "Content-Security-Policy", value: contentSecurityPolicy(env, "*") }] },
  ];
}

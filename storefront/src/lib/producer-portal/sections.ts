// The signed-in portal's sections, in the order of its navigation (components/producer-portal/portal-shell.tsx).

export type PortalSection = "dashboard" | "products" | "stock" | "orders" | "returns" | "statements" | "notices" | "profile";

export const PORTAL_SECTIONS: ReadonlyArray<{ key: PortalSection; href: string }> = [
  { key: "dashboard", href: "/producer" },
  { key: "products", href: "/producer/products" },
  { key: "stock", href: "/producer/stock" },
  { key: "orders", href: "/producer/orders" },
  { key: "returns", href: "/producer/returns" },
  { key: "statements", href: "/producer/statements" },
  { key: "notices", href: "/producer/notices" },
  { key: "profile", href: "/producer/profile" },
];

/**
 * The section a page is in, from its path without the locale: the one whose path is the longest at or
 * above it (/producer/products/new is in Products, not in the dashboard at /producer); null outside them.
 */
export function currentSectionHref(pathname: string, hrefs: readonly string[]): string | null {
  let current: string | null = null;
  for (const href of hrefs) {
    const within = pathname === href || pathname.startsWith(`${href}/`);
    if (within && href.length > (current?.length ?? -1)) current = href;
  }
  return current;
}

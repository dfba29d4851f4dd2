import type { Messages } from "./messages";

/**
 * The message namespaces each part of the site hands to its client components (src/i18n/client-messages.tsx):
 * a page ships only these in its payload, not the whole catalog (the portals' texts alone are ~20 KB).
 * A nested provider replaces its parent's messages, so a scope lists everything the client components
 * under it use; src/i18n/client-namespaces.test.ts fails when one is missing.
 */
export const CLIENT_NAMESPACES = {
  // app/[locale]/layout.tsx: the header's search suggestions and language switch, and error.tsx.
  site: ["Header", "LocaleSwitch", "Errors"],
  // Catalog pages: the favourite button on product cards.
  home: ["Favourites"],
  search: ["Favourites"],
  producers: ["Favourites"],
  shelves: ["Favourites"],
  products: ["Favourites", "Cart", "Booking", "FormErrors"],
  cart: ["Cart", "Booking", "FormErrors"],
  checkout: ["Cart", "Booking", "Checkout", "Payments", "FormErrors"],
  order: ["Cart", "Booking", "FormErrors"],
  orders: ["OrderLookup"],
  account: ["Account", "Checkout", "Favourites", "Cart", "Booking", "Returns", "Reviews", "PhotoUpload", "PasswordReset", "FormErrors"],
  producer: ["ProducerPortal", "Returns", "PasswordReset", "FormErrors"],
  partner: ["PartnerPortal", "Checkout", "PasswordReset", "FormErrors"],
} as const satisfies Record<string, readonly (keyof Messages)[]>;

export type ClientScope = keyof typeof CLIENT_NAMESPACES;

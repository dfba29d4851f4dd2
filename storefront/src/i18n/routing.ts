import { defineRouting } from "next-intl/routing";

export const routing = defineRouting({
  locales: ["vi", "en"],
  defaultLocale: "vi",
  localePrefix: "always",
  // Vietnamese is the marketplace's language: "/" always opens /vi, whatever
  // the browser prefers; shoppers switch to English with the header link.
  localeDetection: false,
});

export type AppLocale = (typeof routing.locales)[number];

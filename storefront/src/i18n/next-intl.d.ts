import type { Messages } from "./messages";
import type { AppLocale } from "./routing";

// Typed message keys and locales for useTranslations / getTranslations.
declare module "next-intl" {
  interface AppConfig {
    Locale: AppLocale;
    Messages: Messages;
  }
}

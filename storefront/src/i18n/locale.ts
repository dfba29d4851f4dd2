import { hasLocale } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { routing, type AppLocale } from "./routing";

/** The validated locale of a page under app/[locale]; unknown locales are a 404. */
export async function pageLocale(params: Promise<{ locale: string }>): Promise<AppLocale> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return locale;
}

/** The locale a form posts in its hidden "locale" field; the default locale when it is missing or unknown. */
export function formLocale(form: FormData): AppLocale {
  const raw = form.get("locale");
  const locale = typeof raw === "string" ? raw.trim() : "";
  return hasLocale(routing.locales, locale) ? locale : routing.defaultLocale;
}

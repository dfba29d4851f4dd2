"use client";

import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Link, usePathname } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";

/** Links to the same page in each language, keeping the query (e.g. a search). */
export function LocaleSwitch() {
  const t = useTranslations("LocaleSwitch");
  const current = useLocale();
  const pathname = usePathname();
  const query = useSearchParams().toString();
  const href = query ? `${pathname}?${query}` : pathname;
  return (
    <ul className="locale-switch" aria-label={t("label")}>
      {routing.locales.map((locale) => (
        <li key={locale}>
          <Link
            href={href}
            locale={locale}
            hrefLang={locale}
            lang={locale}
            className="locale-switch__link"
            aria-current={locale === current ? "true" : undefined}
          >
            {/* Phones show the code, wider screens the name; screen readers read both. */}
            <span className="locale-switch__code">{t(`short.${locale}`)}</span>
            <span className="locale-switch__name">{t(`names.${locale}`)}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

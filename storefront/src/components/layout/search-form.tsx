import Form from "next/form";
import { useLocale, useTranslations } from "next-intl";
import { SearchSuggest } from "@/components/search/search-suggest";
import { getPathname } from "@/i18n/navigation";

/** The header's product search: a GET form, so it works before (and without) JavaScript; it suggests as you type. */
export function SearchForm() {
  const t = useTranslations("Header");
  const locale = useLocale();
  return (
    <Form action={getPathname({ href: "/search", locale })} role="search" className="search-form">
      <label htmlFor="site-search" className="visually-hidden">
        {t("searchLabel")}
      </label>
      <SearchSuggest inputId="site-search" placeholder={t("searchPlaceholder")} />
      <button type="submit" className="button search-form__button">
        {t("searchSubmit")}
      </button>
    </Form>
  );
}

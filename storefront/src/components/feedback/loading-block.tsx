import { useTranslations } from "next-intl";

/**
 * What a streamed part of a page shows until its data arrives (a `<Suspense>` fallback): the room it
 * will take, so the page does not jump, and "loading" for screen readers.
 */
export function LoadingBlock() {
  const t = useTranslations("Layout");
  return (
    <div className="loading-block" aria-busy="true">
      <span className="visually-hidden">{t("loading")}</span>
    </div>
  );
}

import { getProducerKind } from "@ocop/core";
import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { ProducerListItem } from "@/lib/producer-map";

/** OCOP producers ("chủ thể"), each opening its own page. */
export function ProducerList({ producers }: { producers: readonly ProducerListItem[] }) {
  const t = useTranslations("Home");
  const locale = useLocale();
  return (
    <ul className="producer-list">
      {producers.map((producer) => {
        const kind = producer.kind ? getProducerKind(producer.kind) : undefined;
        return (
          <li key={producer.handle}>
            <Link href={`/producers/${producer.handle}`} className="producer-card">
              <span className="producer-card__initial" aria-hidden="true">
                {producer.displayName.charAt(0)}
              </span>
              <span className="producer-card__name">{producer.displayName}</span>
              <span className="producer-card__meta">
                {[kind?.[locale], producer.communeName].filter(Boolean).join(" · ")}
              </span>
              <span className="producer-card__count">{t("productCount", { count: producer.productCount })}</span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

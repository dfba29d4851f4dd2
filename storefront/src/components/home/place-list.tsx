import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { OriginPlace } from "@/lib/places";

/** Where the products come from: current communes with how many products each, opening the search. */
export function PlaceList({ places }: { places: readonly OriginPlace[] }) {
  const t = useTranslations("Home");
  return (
    <ul className="place-list">
      {places.map((place) => (
        <li key={place.code}>
          <Link href={{ pathname: "/search", query: { commune: place.code } }} className="place-card">
            <span className="place-card__name">{place.name}</span>
            {place.formerDistricts.length > 0 && (
              <span className="place-card__former">
                {t("formerly", {
                  places: place.formerDistricts.map((d) => t(`districtKind.${d.kind}`, { name: d.name })).join(", "),
                })}
              </span>
            )}
            <span className="place-card__count">{t("productCount", { count: place.count })}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

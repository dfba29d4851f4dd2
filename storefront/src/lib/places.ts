// Origin places of the catalog, from the search API's commune facet. Pure.

import { getUnit, UNIT_TYPE_NAMES, type FormerDistrictKind } from "@ocop/core";
import type { AppLocale } from "@/i18n/routing";
import type { FacetCount } from "./search-map";

export interface OriginPlace {
  /** The current unit's code, the search's `commune` filter. */
  code: string;
  /** The current unit, e.g. "Xã Đạp Thanh" or, in English, "Đạp Thanh commune". */
  name: string;
  /** The former districts it was part of before 1 July 2025, as printed on older labels. */
  formerDistricts: { name: string; kind: FormerDistrictKind }[];
  count: number;
}

/** The communes products come from, most products first; codes the storefront does not know are dropped. */
export function originPlaces(communes: readonly FacetCount[], locale: AppLocale, limit: number): OriginPlace[] {
  const places: OriginPlace[] = [];
  for (const facet of communes) {
    const unit = getUnit(facet.value);
    if (!unit) continue;
    places.push({
      code: unit.code,
      name: locale === "vi" ? unit.fullName : `${unit.name} ${UNIT_TYPE_NAMES[unit.type].en}`,
      formerDistricts: unit.formerDistricts.map((d) => ({ name: d.name, kind: d.kind })),
      count: facet.count,
    });
  }
  return places.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, "vi")).slice(0, limit);
}

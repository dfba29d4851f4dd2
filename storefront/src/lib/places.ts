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

/** The province of every current unit the catalog knows (Quảng Ninh's 54). */
export const PROVINCE_NAME = "Quảng Ninh";

/**
 * A current unit's name: "Xã Kỳ Thượng" (or "xã Kỳ Thượng" inside a sentence) in Vietnamese,
 * "Kỳ Thượng commune" in English; null for a code the storefront does not know.
 */
export function unitName(code: string | null | undefined, locale: AppLocale, inSentence = false): string | null {
  const unit = code ? getUnit(code) : undefined;
  if (!unit) return null;
  if (locale === "en") return `${unit.name} ${UNIT_TYPE_NAMES[unit.type].en}`;
  return inSentence ? unit.fullName.charAt(0).toLowerCase() + unit.fullName.slice(1) : unit.fullName;
}

/** Where a product comes from: "xã Kỳ Thượng, Quảng Ninh"; null for an unknown code. */
export function originLine(code: string | null | undefined, locale: AppLocale): string | null {
  const name = unitName(code, locale, true);
  return name ? `${name}, ${PROVINCE_NAME}` : null;
}

// The 54 current commune-level units of Quảng Ninh for the address <select>,
// grouped by kind (wards, communes, special zones), each with the former
// district it was part of, since shoppers still know places by the old names.
// Computed on the server and handed to the form as plain data.

import { listUnits, UNIT_TYPE_NAMES, type UnitType } from "@/lib/core-client";
import type { AppLocale } from "@/i18n/routing";

export interface CommuneOption {
  code: string;
  label: string;
}

export interface CommuneGroup {
  label: string;
  options: CommuneOption[];
}

const GROUP_ORDER: readonly UnitType[] = ["ward", "commune", "special_zone"];
const GROUP_LABELS: Record<AppLocale, Record<UnitType, string>> = {
  vi: { ward: "Phường", commune: "Xã", special_zone: "Đặc khu" },
  en: { ward: "Wards", commune: "Communes", special_zone: "Special zones" },
};

/** `formerly` formats the former district names, e.g. "trước đây: Hạ Long". */
export function communeGroups(locale: AppLocale, formerly: (districts: string) => string): CommuneGroup[] {
  const collator = new Intl.Collator("vi");
  return GROUP_ORDER.map((type) => ({
    label: GROUP_LABELS[locale][type] ?? UNIT_TYPE_NAMES[type][locale],
    options: listUnits()
      .filter((unit) => unit.type === type)
      .sort((a, b) => collator.compare(a.name, b.name))
      .map((unit) => {
        const districts = unit.formerDistricts.map((d) => d.name).join(", ");
        return { code: unit.code, label: districts ? `${unit.fullName} (${formerly(districts)})` : unit.fullName };
      }),
  })).filter((group) => group.options.length > 0);
}

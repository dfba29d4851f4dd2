#!/usr/bin/env node
// Regenerates src/data/quang-ninh-units.json from the research files in
// ../shared/data beside the repository (or the paths given). Run by hand when the source data
// changes; the package itself never reads those files, so it ships on its own.
//
//   node scripts/trim-units-data.mjs [units.json] [former-districts.json]
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const sharedData = join(here, "..", "..", "..", "..", "shared", "data");
const unitsPath = process.argv[2] ?? join(sharedData, "quang-ninh-units.json");
const districtsPath = process.argv[3] ?? join(sharedData, "quang-ninh-former-districts.json");
const outPath = join(here, "..", "src", "data", "quang-ninh-units.json");

const units = JSON.parse(readFileSync(unitsPath, "utf8"));
const districts = JSON.parse(readFileSync(districtsPath, "utf8"));

const TYPES = { "phường": "ward", "xã": "commune", "đặc khu": "special_zone" };

// The merge list names former communes by (district, name) only; the old
// official code lives in the district file, so join the two here.
const oldCodeOf = new Map();
const districtCodeOf = new Map();
for (const d of districts) {
  districtCodeOf.set(d.name, d.district_code);
  for (const f of d.former_units) {
    const key = `${d.name}|${f.name}`;
    if (oldCodeOf.has(key)) throw new Error(`duplicate former unit ${key}`);
    oldCodeOf.set(key, f.old_code);
  }
}

const out = {
  sources: [
    ...new Set(
      units.flatMap((u) =>
        u.source
          // Split only before the next labelled part: a note may itself contain "; ".
          .split(/; (?=(?:code|merge\+old district|lat\/lon): )/)
          // Per-unit lat/lon notes differ only by file name: keep one generic line.
          .map((s) => (s.startsWith("lat/lon:") ? "lat/lon: polygon centroids computed from thanglequoc/vietnamese-provinces-database json/geojson/22_quang_ninh/wards/*.geojson" : s)),
      ),
    ),
  ],
  formerDistricts: districts.map((d) => ({ code: d.district_code, name: d.name })),
  units: units.map((u) => {
    const type = TYPES[u.type];
    if (!type) throw new Error(`unknown unit type ${u.type} for ${u.code}`);
    return {
      code: u.code,
      type,
      name: u.name,
      nameAscii: u.name_ascii,
      lat: u.lat,
      lon: u.lon,
      mergedFrom: u.merged_from.map((m) => {
        const key = `${m.former_district}|${m.name}`;
        const oldCode = oldCodeOf.get(key);
        const districtCode = districtCodeOf.get(m.former_district);
        if (!oldCode || !districtCode) throw new Error(`no old code for ${key}`);
        return { oldCode, name: m.name, districtCode };
      }),
    };
  }),
};

writeFileSync(outPath, JSON.stringify(out, null, 1) + "\n");
console.log(`wrote ${out.units.length} units, ${out.formerDistricts.length} former districts to ${outPath}`);

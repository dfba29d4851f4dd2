#!/usr/bin/env node
// Regenerates src/data/vn-units.json from the research file vn-units-2025.json
// (../shared/data beside the clone, or the path given). Run by hand when the
// source changes; the package never reads the research file, so it ships alone.
//
//   node scripts/trim-vn-units.mjs [vn-units-2025.json]
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const inPath = process.argv[2] ?? join(here, "..", "..", "..", "..", "shared", "data", "vn-units-2025.json");
const outPath = join(here, "..", "src", "data", "vn-units.json");

const src = JSON.parse(readFileSync(inPath, "utf8"));
const KINDS = { "phường": "ward", "xã": "commune", "đặc khu": "special_zone" };
const PROVINCE_KINDS = { "tỉnh": "province", "thành phố": "city" };

let units = 0;
const out = {
  source: src.source,
  asOf: src.asOf,
  // Compact rows keep the file small: [code, name, kind, mergedFrom[]].
  provinces: src.provinces.map((p) => {
    const kind = PROVINCE_KINDS[p.kind];
    if (!kind || !/^\d{2}$/.test(p.code)) throw new Error(`bad province ${p.code} ${p.kind}`);
    return {
      code: p.code,
      name: p.name,
      kind,
      communes: p.communes.map((c) => {
        const ck = KINDS[c.kind];
        if (!ck || !/^\d{5}$/.test(c.code)) throw new Error(`bad unit ${c.code} ${c.kind}`);
        units++;
        return [c.code, c.name, ck, c.mergedFrom ?? []];
      }),
    };
  }),
};
writeFileSync(outPath, JSON.stringify(out) + "\n");
console.log(`wrote ${out.provinces.length} provinces, ${units} units to ${outPath}`);

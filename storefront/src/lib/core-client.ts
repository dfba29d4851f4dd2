// What the storefront's client-side code takes from @ocop/core, module by module. The package's
// index is CommonJS, which bundlers cannot tree-shake: importing it ships all of @ocop/core in the
// page's first load (the checkout's limit is 180 KB gzipped, test/nationwide.test.ts). Server-only
// code may keep importing "@ocop/core".
export { formatVnd, type VndLocale } from "@ocop/core/dist/money";
export { listUnits, UNIT_TYPE_NAMES, type UnitType } from "@ocop/core/dist/places";
export { codRefusal, parseCodMaxTotal, type CodRefusal } from "@ocop/core/dist/cod";
export { slugify } from "@ocop/core/dist/text";
export { isEmailAddress } from "@ocop/core/dist/email";
export { addDays, isoDateInVietnam } from "@ocop/core/dist/dates";
export { isExperienceGroup } from "@ocop/core/dist/groups";

import { describe, expect, it } from "vitest";
import * as core from "./index";

// Guards the public surface: a module left out of index.ts fails here.
describe("@ocop/core exports", () => {
  it.each([
    "foldVietnamese",
    "slugify",
    "toIsoDate",
    "starsForScore",
    "scoreBandFor",
    "isCertifiableStars",
    "checkStarsAgainstScore",
    "validateScoreParts",
    "certificateExpiryDate",
    "certificateStatus",
    "daysUntilExpiry",
    "checkDecisionNumber",
    "expectedIssuingLevels",
    "isGroupSlug",
    "getGroup",
    "isSubGroupOf",
    "isExperienceGroup",
    "isProducerKind",
    "isProducerStatus",
    "getUnit",
    "listUnits",
    "findUnitsByName",
    "formerDistricts",
    "historicLocalityOf",
    "formatVnd",
    "assertVndAmount",
  ])("%s", (name) => {
    expect(typeof (core as Record<string, unknown>)[name]).toBe("function");
  });

  it("exports the data tables", () => {
    expect(core.PRODUCT_GROUPS).toHaveLength(6);
    expect(core.PRODUCER_KINDS).toHaveLength(4);
    expect(core.SCORE_PART_MAX.a).toBe(40);
  });
});

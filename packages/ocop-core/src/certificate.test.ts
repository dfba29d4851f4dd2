import { describe, expect, it } from "vitest";
import {
  certificateExpiryDate,
  certificateStatus,
  checkDecisionNumber,
  checkIssuingLevel,
  daysUntilExpiry,
  expectedIssuingLevels,
  isCertificateInForce,
  isDecisionNumber,
  normalizeDecisionNumber,
  validateCertificate,
} from "./certificate";

describe("certificateExpiryDate", () => {
  it("is 36 months after the signing date", () => {
    // Trà hoa vàng Ba Chẽ: decision 377/QĐ-BNN-VPĐP of 17/01/2025.
    expect(certificateExpiryDate("2025-01-17")).toBe("2028-01-17");
    expect(certificateExpiryDate("2025-07-01")).toBe("2028-07-01");
  });

  it("handles month ends", () => {
    expect(certificateExpiryDate("2025-01-31")).toBe("2028-01-31");
    expect(certificateExpiryDate("2024-02-29")).toBe("2027-02-28");
    expect(certificateExpiryDate("2023-08-31")).toBe("2026-08-31");
  });

  it("accepts Dates by their UTC day", () => {
    expect(certificateExpiryDate(new Date("2025-01-17T22:00:00Z"))).toBe("2028-01-17");
  });

  it("rejects malformed dates", () => {
    expect(() => certificateExpiryDate("17/01/2025")).toThrow(RangeError);
  });
});

describe("daysUntilExpiry", () => {
  it("is 0 on the last day in force and negative after", () => {
    expect(daysUntilExpiry("2025-01-17", "2028-01-17")).toBe(0);
    expect(daysUntilExpiry("2025-01-17", "2028-01-18")).toBe(-1);
    expect(daysUntilExpiry("2025-01-17", "2028-01-16")).toBe(1);
    expect(daysUntilExpiry("2025-01-17", "2025-01-17")).toBe(3 * 365);
  });

  it("defaults now to the current date", () => {
    const today = new Date().toISOString().slice(0, 10);
    expect(daysUntilExpiry(today)).toBe(daysUntilExpiry(today, today));
  });
});

describe("certificateStatus", () => {
  const signed = "2025-01-17"; // last day in force: 2028-01-17

  it("is not_yet_valid before the signing date", () => {
    expect(certificateStatus(signed, "2025-01-16")).toBe("not_yet_valid");
  });

  it("is valid from the signing day until 91 days before expiry", () => {
    expect(certificateStatus(signed, "2025-01-17")).toBe("valid");
    expect(certificateStatus(signed, "2027-10-18")).toBe("valid"); // 91 days left
  });

  it("is expiring within the last 90 days, the last day included", () => {
    expect(certificateStatus(signed, "2027-10-19")).toBe("expiring"); // 90 days left
    expect(certificateStatus(signed, "2028-01-17")).toBe("expiring"); // 0 days left
  });

  it("is expired from the day after the last day in force", () => {
    expect(certificateStatus(signed, "2028-01-18")).toBe("expired");
    expect(certificateStatus(signed, "2031-01-01")).toBe("expired");
  });

  it("works from Dates and defaults now to the current date", () => {
    expect(certificateStatus(new Date("2025-01-17T08:00:00Z"), new Date("2028-01-18T01:00:00Z"))).toBe("expired");
    expect(certificateStatus("2000-01-01")).toBe("expired");
    expect(certificateStatus("9999-01-01")).toBe("not_yet_valid");
  });

  it("is in force only while valid or expiring", () => {
    expect(isCertificateInForce(signed, "2025-06-01")).toBe(true);
    expect(isCertificateInForce(signed, "2028-01-17")).toBe(true);
    expect(isCertificateInForce(signed, "2028-01-18")).toBe(false);
    expect(isCertificateInForce(signed, "2024-12-31")).toBe(false);
  });
});

describe("decision numbers", () => {
  it.each(["377/QĐ-BNN-VPĐP", "1234/QĐ-UBND", "1489/QĐ-TTg", "148/QĐ-TTg", "12/2023/QĐ-UBND", "5/QD-UBND"])(
    "accepts %s",
    (value) => {
      expect(checkDecisionNumber(value)).toBeNull();
      expect(isDecisionNumber(value)).toBe(true);
    },
  );

  it.each(["", "QĐ-UBND", "377", "377/", "/QĐ-UBND", "377/QĐ--UBND", "377/QĐ-UBND-", "377/QĐ 2024", "3a7/QĐ-UBND", "377/123"])(
    "rejects %j",
    (value) => {
      expect(isDecisionNumber(value)).toBe(false);
    },
  );

  it("explains what a decision number looks like", () => {
    expect(checkDecisionNumber("QĐ 377")).toBe(
      'a decision number looks like "377/QĐ-BNN-VPĐP": digits, "/", then letters joined by dashes; got "QĐ 377"',
    );
  });

  it("tidies spacing, dashes, a leading 'Số:' and decomposed letters", () => {
    expect(normalizeDecisionNumber("  Số: 377 / QĐ – BNN-VPĐP ")).toBe("377/QĐ-BNN-VPĐP");
    const decomposed = "1234/QĐ-ƯBND".normalize("NFD");
    expect(/^[\p{L}\d/-]+$/u.test(decomposed)).toBe(false); // raw NFD has combining marks
    expect(isDecisionNumber(decomposed)).toBe(true);
    expect(isDecisionNumber("số 1234/QĐ-UBND")).toBe(true);
  });
});

describe("expectedIssuingLevels", () => {
  it("after 2025-07-01: province for 3–4 stars, national for 5", () => {
    expect(expectedIssuingLevels(3, "2025-07-01")).toEqual(["province"]);
    expect(expectedIssuingLevels(4, "2025-08-15")).toEqual(["province"]);
    expect(expectedIssuingLevels(5, "2025-07-01")).toEqual(["national"]);
  });

  it("before 2025-07-01 a district could also certify 3 stars", () => {
    expect(expectedIssuingLevels(3, "2025-06-30")).toEqual(["district", "province"]);
    expect(expectedIssuingLevels(4, "2025-06-30")).toEqual(["province"]);
    expect(expectedIssuingLevels(5, "2025-01-17")).toEqual(["national"]);
  });

  it("gives nobody for uncertified ratings", () => {
    expect(expectedIssuingLevels(2, "2025-08-01")).toEqual([]);
    expect(expectedIssuingLevels(1, "2020-08-01")).toEqual([]);
    expect(expectedIssuingLevels(3.5, "2025-08-01")).toEqual([]);
  });

  it("reads Dates by their UTC day", () => {
    // 2025-07-01 06:00 in Vietnam is still 30 June in UTC.
    expect(expectedIssuingLevels(3, new Date("2025-06-30T23:00:00Z"))).toEqual(["district", "province"]);
    expect(expectedIssuingLevels(3, new Date("2025-07-01T00:00:00Z"))).toEqual(["province"]);
  });
});

describe("checkIssuingLevel", () => {
  it("accepts allowed levels", () => {
    expect(checkIssuingLevel(5, "national", "2025-01-17")).toBeNull();
    expect(checkIssuingLevel(3, "district", "2024-05-10")).toBeNull();
    expect(checkIssuingLevel(3, "province", "2024-05-10")).toBeNull();
  });

  it("explains wrong levels", () => {
    expect(checkIssuingLevel(3, "district", "2025-09-01")).toBe(
      "3 stars signed on 2025-09-01 is certified at province level, not district level",
    );
    expect(checkIssuingLevel(5, "province", "2024-01-01")).toBe(
      "5 stars signed on 2024-01-01 is certified at national level, not province level",
    );
    expect(checkIssuingLevel(2, "province", "2024-01-01")).toBe(
      "2 stars is not a certified rating; only 3, 4 and 5 stars are certified",
    );
  });
});

describe("validateCertificate", () => {
  it("accepts a consistent certificate", () => {
    expect(
      validateCertificate({
        stars: 5,
        score: 92,
        decisionNumber: "377/QĐ-BNN-VPĐP",
        decisionDate: "2025-01-17",
        issuingLevel: "national",
      }),
    ).toEqual([]);
    expect(validateCertificate({ stars: 4, decisionNumber: "1234/QĐ-UBND", decisionDate: "2025-09-01" })).toEqual([]);
  });

  it("lists every problem", () => {
    expect(
      validateCertificate({
        stars: 4,
        score: 95,
        decisionNumber: "QĐ 1234",
        decisionDate: "2025-09-01",
        issuingLevel: "district",
      }),
    ).toEqual([
      "4 stars needs a score from 70 to 89; 95 points gives 5 stars",
      'a decision number looks like "377/QĐ-BNN-VPĐP": digits, "/", then letters joined by dashes; got "QĐ 1234"',
      "4 stars signed on 2025-09-01 is certified at province level, not district level",
    ]);
  });

  it("rejects uncertified and invalid ratings and bad dates", () => {
    expect(validateCertificate({ stars: 2, decisionNumber: "1/QĐ-UBND", decisionDate: "2025-09-01" })).toEqual([
      "2 stars is not a certified rating; only 3, 4 and 5 stars are certified",
    ]);
    expect(validateCertificate({ stars: 7, score: 120, decisionNumber: "1/QĐ-UBND", decisionDate: "2025-02-30" })).toEqual([
      "stars must be a whole number from 1 to 5; got 7",
      "score must be from 0 to 100 points; got 120",
      "decision date: not a calendar date: 2025-02-30",
    ]);
  });
});

import { describe, expect, it } from "vitest";
import {
  SCORE_PART_MAX,
  checkScore,
  checkStarsAgainstScore,
  isCertifiableStars,
  isStars,
  scoreBandFor,
  starsForScore,
  totalScore,
  validateScoreParts,
} from "./stars";

describe("starsForScore", () => {
  it.each([
    [100, 5],
    [90, 5],
    [89, 4],
    [70, 4],
    [69, 3],
    [50, 3],
    [49, 2],
    [30, 2],
    [29, 1],
    [0, 1],
  ])("%d points → %d stars (band edges)", (score, stars) => {
    expect(starsForScore(score)).toBe(stars);
  });

  it("handles decimal scores by the lower bound of each band", () => {
    expect(starsForScore(89.5)).toBe(4);
    expect(starsForScore(89.99)).toBe(4);
    expect(starsForScore(90.0)).toBe(5);
    expect(starsForScore(69.5)).toBe(3);
    expect(starsForScore(29.9)).toBe(1);
    expect(starsForScore(30.5)).toBe(2);
  });

  it("rejects scores outside 0–100 and non-numbers", () => {
    expect(() => starsForScore(-1)).toThrow(RangeError);
    expect(() => starsForScore(-0.5)).toThrow("score must be from 0 to 100 points; got -0.5");
    expect(() => starsForScore(100.5)).toThrow(RangeError);
    expect(() => starsForScore(Number.NaN)).toThrow("got NaN");
    expect(() => starsForScore(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe("checkScore", () => {
  it("accepts 0..100 and explains anything else", () => {
    expect(checkScore(0)).toBeNull();
    expect(checkScore(72.5)).toBeNull();
    expect(checkScore(100)).toBeNull();
    expect(checkScore(101)).toBe("score must be from 0 to 100 points; got 101");
    expect(checkScore("80")).toBe("score must be a number from 0 to 100 points; got 80");
  });
});

describe("scoreBandFor", () => {
  it("gives the printed band for each star rating", () => {
    expect(scoreBandFor(5)).toEqual({ min: 90, max: 100 });
    expect(scoreBandFor(4)).toEqual({ min: 70, max: 89 });
    expect(scoreBandFor(3)).toEqual({ min: 50, max: 69 });
    expect(scoreBandFor(2)).toEqual({ min: 30, max: 49 });
    expect(scoreBandFor(1)).toEqual({ min: 0, max: 29 });
  });

  it("agrees with starsForScore at both ends of every band", () => {
    for (const stars of [1, 2, 3, 4, 5]) {
      const band = scoreBandFor(stars);
      expect(starsForScore(band.min)).toBe(stars);
      expect(starsForScore(band.max)).toBe(stars);
    }
  });

  it("returns a copy, so callers cannot change the rules", () => {
    const band = scoreBandFor(4);
    band.min = 0;
    expect(scoreBandFor(4).min).toBe(70);
  });

  it("rejects non-integer and out-of-range stars", () => {
    expect(() => scoreBandFor(0)).toThrow(RangeError);
    expect(() => scoreBandFor(6)).toThrow(RangeError);
    expect(() => scoreBandFor(3.5)).toThrow("stars must be a whole number from 1 to 5; got 3.5");
  });
});

describe("isStars / isCertifiableStars", () => {
  it("accepts whole numbers 1–5 only", () => {
    expect([1, 2, 3, 4, 5].every(isStars)).toBe(true);
    expect(isStars(0)).toBe(false);
    expect(isStars(6)).toBe(false);
    expect(isStars(4.5)).toBe(false);
    expect(isStars("4")).toBe(false);
    expect(isStars(Number.NaN)).toBe(false);
  });

  it("certifies only 3, 4 and 5 stars", () => {
    expect(isCertifiableStars(3)).toBe(true);
    expect(isCertifiableStars(4)).toBe(true);
    expect(isCertifiableStars(5)).toBe(true);
    expect(isCertifiableStars(2)).toBe(false);
    expect(isCertifiableStars(1)).toBe(false);
    expect(isCertifiableStars(3.5)).toBe(false);
    expect(isCertifiableStars(6)).toBe(false);
  });
});

describe("checkStarsAgainstScore", () => {
  it("returns null when stars and score agree", () => {
    expect(checkStarsAgainstScore(5, 95)).toBeNull();
    expect(checkStarsAgainstScore(4, 70)).toBeNull();
    expect(checkStarsAgainstScore(4, 89.5)).toBeNull();
    expect(checkStarsAgainstScore(3, 50)).toBeNull();
    expect(checkStarsAgainstScore(1, 0)).toBeNull();
  });

  it("explains a mismatch in both directions", () => {
    expect(checkStarsAgainstScore(4, 95)).toBe("4 stars needs a score from 70 to 89; 95 points gives 5 stars");
    expect(checkStarsAgainstScore(5, 89.5)).toBe("5 stars needs a score from 90 to 100; 89.5 points gives 4 stars");
    expect(checkStarsAgainstScore(3, 49)).toBe("3 stars needs a score from 50 to 69; 49 points gives 2 stars");
  });

  it("uses the singular for one star", () => {
    expect(checkStarsAgainstScore(1, 45)).toBe("1 star needs a score from 0 to 29; 45 points gives 2 stars");
    expect(checkStarsAgainstScore(2, 10)).toBe("2 stars needs a score from 30 to 49; 10 points gives 1 star");
  });

  it("reports invalid stars or scores instead of comparing them", () => {
    expect(checkStarsAgainstScore(3.5, 60)).toBe("stars must be a whole number from 1 to 5; got 3.5");
    expect(checkStarsAgainstScore(6, 95)).toBe("stars must be a whole number from 1 to 5; got 6");
    expect(checkStarsAgainstScore(5, 101)).toBe("score must be from 0 to 100 points; got 101");
    expect(checkStarsAgainstScore(3, -2)).toBe("score must be from 0 to 100 points; got -2");
  });
});

describe("score parts A/B/C", () => {
  it("has the maxima of Decision 148, adding up to 100", () => {
    expect(SCORE_PART_MAX).toEqual({ a: 40, b: 25, c: 35 });
    expect(SCORE_PART_MAX.a + SCORE_PART_MAX.b + SCORE_PART_MAX.c).toBe(100);
  });

  it("accepts parts within their maxima, including the maxima and zero", () => {
    expect(validateScoreParts({ a: 40, b: 25, c: 35 })).toEqual([]);
    expect(validateScoreParts({ a: 0, b: 0, c: 0 })).toEqual([]);
    expect(validateScoreParts({ a: 30.5, b: 20, c: 25.5 })).toEqual([]);
  });

  it("lists every part that is out of range or not a number", () => {
    expect(validateScoreParts({ a: 41, b: 25, c: 35 })).toEqual(["part A must be from 0 to 40 points; got 41"]);
    expect(validateScoreParts({ a: -1, b: 26, c: Number.NaN })).toEqual([
      "part A must be from 0 to 40 points; got -1",
      "part B must be from 0 to 25 points; got 26",
      "part C must be a number from 0 to 35 points; got NaN",
    ]);
    expect(validateScoreParts({ a: 10, b: 10, c: 36 })).toEqual(["part C must be from 0 to 35 points; got 36"]);
  });

  it("checks a declared total against the sum", () => {
    expect(validateScoreParts({ a: 35, b: 20, c: 30 }, 85)).toEqual([]);
    expect(validateScoreParts({ a: 35, b: 20, c: 30 }, 86)).toEqual(["parts A + B + C add up to 85 points, not 86"]);
  });

  it("totals the parts without floating-point noise", () => {
    expect(totalScore({ a: 35, b: 20, c: 30 })).toBe(85);
    expect(totalScore({ a: 0.1, b: 0.2, c: 0 })).toBe(0.3);
    expect(validateScoreParts({ a: 30.1, b: 20.2, c: 30 }, 80.3)).toEqual([]);
  });

  it("refuses to total invalid parts", () => {
    expect(() => totalScore({ a: 45, b: 25, c: 35 })).toThrow("part A must be from 0 to 40 points; got 45");
  });
});

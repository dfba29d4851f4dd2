// OCOP star rating: a product is scored out of 100 points and the score
// decides the stars. Only 3–5 stars are certified (Decision 148/QĐ-TTg, 2023).

export type Stars = 1 | 2 | 3 | 4 | 5;
export type CertifiableStars = 3 | 4 | 5;

export const MIN_SCORE = 0;
export const MAX_SCORE = 100;

export interface ScoreBand {
  /** Lowest score for these stars. */
  min: number;
  /**
   * Highest whole-number score for these stars, as the rules print it.
   * A decimal score belongs to a band while it is below the next band's min
   * (89.5 points is still 4 stars), so test membership with starsForScore.
   */
  max: number;
}

// Highest band first, so the first band whose min the score reaches wins.
const BANDS: ReadonlyArray<{ stars: Stars } & ScoreBand> = [
  { stars: 5, min: 90, max: 100 },
  { stars: 4, min: 70, max: 89 },
  { stars: 3, min: 50, max: 69 },
  { stars: 2, min: 30, max: 49 },
  { stars: 1, min: 0, max: 29 },
];

export function isStars(value: unknown): value is Stars {
  return typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 5;
}

/** Only 3, 4 and 5 stars are certified and may be sold as OCOP products. */
export function isCertifiableStars(value: unknown): value is CertifiableStars {
  return isStars(value) && value >= 3;
}

/** Null when the score is a number from 0 to 100, otherwise why not. */
export function checkScore(score: unknown): string | null {
  if (typeof score !== "number" || !Number.isFinite(score)) {
    return `score must be a number from ${MIN_SCORE} to ${MAX_SCORE} points; got ${String(score)}`;
  }
  if (score < MIN_SCORE || score > MAX_SCORE) {
    return `score must be from ${MIN_SCORE} to ${MAX_SCORE} points; got ${score}`;
  }
  return null;
}

function checkStars(stars: unknown): string | null {
  return isStars(stars) ? null : `stars must be a whole number from 1 to 5; got ${String(stars)}`;
}

/** Stars for a score of 0–100 points (integer or decimal). Throws RangeError otherwise. */
export function starsForScore(score: number): Stars {
  const problem = checkScore(score);
  if (problem) throw new RangeError(problem);
  for (const band of BANDS) {
    if (score >= band.min) return band.stars;
  }
  // Unreachable: the 1-star band starts at 0 and the score is >= 0.
  throw new RangeError(`no star band for score ${score}`);
}

/** The score band printed for a star rating. Throws RangeError for anything but 1–5. */
export function scoreBandFor(stars: number): ScoreBand {
  const problem = checkStars(stars);
  if (problem) throw new RangeError(problem);
  const band = BANDS.find((b) => b.stars === stars);
  if (!band) throw new RangeError(`no score band for ${stars} stars`);
  return { min: band.min, max: band.max };
}

function starWord(stars: number): string {
  return stars === 1 ? "1 star" : `${stars} stars`;
}

/**
 * Null when the star rating agrees with the score; otherwise a message for
 * the person entering the rating, e.g.
 * "4 stars needs a score from 70 to 89; 95 points gives 5 stars".
 */
export function checkStarsAgainstScore(stars: number, score: number): string | null {
  const problem = checkStars(stars) ?? checkScore(score);
  if (problem) return problem;
  const actual = starsForScore(score);
  if (actual === stars) return null;
  const band = scoreBandFor(stars);
  return `${starWord(stars)} needs a score from ${band.min} to ${band.max}; ${score} points gives ${starWord(actual)}`;
}

// ---------------------------------------------------------------------------
// Score parts (Decision 148/QĐ-TTg, 2023)

export type ScorePartKey = "a" | "b" | "c";

/** A: production and community strength; B: marketing and brand; C: quality. */
export interface ScoreParts {
  a: number;
  b: number;
  c: number;
}

export const SCORE_PART_MAX: Readonly<Record<ScorePartKey, number>> = { a: 40, b: 25, c: 35 };

// English names as the domain notes give them; the official Vietnamese
// wording is not recorded here rather than guessed.
export const SCORE_PART_NAMES: Readonly<Record<ScorePartKey, string>> = {
  a: "production and community strength",
  b: "marketing and brand",
  c: "quality",
};

const PART_KEYS: readonly ScorePartKey[] = ["a", "b", "c"];

/**
 * Every problem with the parts (empty when they are valid): each must be a
 * number from 0 to its maximum (A 40, B 25, C 35). When `total` is given it
 * must equal A + B + C.
 */
export function validateScoreParts(parts: ScoreParts, total?: number): string[] {
  const errors: string[] = [];
  for (const key of PART_KEYS) {
    const value: unknown = parts[key];
    const max = SCORE_PART_MAX[key];
    const label = `part ${key.toUpperCase()}`;
    if (typeof value !== "number" || !Number.isFinite(value)) {
      errors.push(`${label} must be a number from 0 to ${max} points; got ${String(value)}`);
    } else if (value < 0 || value > max) {
      errors.push(`${label} must be from 0 to ${max} points; got ${value}`);
    }
  }
  if (errors.length === 0 && total !== undefined) {
    const sum = sumScoreParts(parts);
    if (sum !== total) errors.push(`parts A + B + C add up to ${sum} points, not ${total}`);
  }
  return errors;
}

/** A + B + C. Throws RangeError when a part is invalid. */
export function totalScore(parts: ScoreParts): number {
  const errors = validateScoreParts(parts);
  if (errors.length > 0) throw new RangeError(errors.join("; "));
  return sumScoreParts(parts);
}

function sumScoreParts(parts: ScoreParts): number {
  // Round away binary noise from half-point scores (0.1 + 0.2 !== 0.3).
  return Math.round((parts.a + parts.b + parts.c) * 1e6) / 1e6;
}

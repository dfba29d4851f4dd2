// Vietnamese đồng. VND has no minor unit (ISO 4217 exponent 0): amounts are
// whole đồng everywhere, stored and sent as they are, never as "cents".

export type VndLocale = "vi" | "en";

const INTL_LOCALES: Readonly<Record<VndLocale, string>> = { vi: "vi-VN", en: "en-US" };

// Building a NumberFormat is slow compared with formatting; keep one per locale.
const formatters = new Map<VndLocale, Intl.NumberFormat>();

function formatterFor(locale: VndLocale): Intl.NumberFormat {
  let f = formatters.get(locale);
  if (!f) {
    const tag = INTL_LOCALES[locale];
    if (!tag) throw new RangeError(`unsupported locale "${String(locale)}"; use "vi" or "en"`);
    f = new Intl.NumberFormat(tag, { style: "currency", currency: "VND" });
    formatters.set(locale, f);
  }
  return f;
}

/** Null when `amount` is a valid VND amount (a whole, non-negative number of đồng), otherwise why not. */
export function checkVndAmount(amount: unknown): string | null {
  if (typeof amount !== "number" || Number.isNaN(amount)) {
    return `VND amount must be a number of đồng; got ${typeof amount === "number" ? "NaN" : typeof amount}`;
  }
  if (!Number.isFinite(amount)) return `VND amount must be finite; got ${amount}`;
  if (!Number.isInteger(amount)) {
    return `VND amount must be a whole number of đồng (VND has no minor unit); got ${amount}`;
  }
  if (amount < 0) return `VND amount must not be negative; got ${amount}`;
  if (!Number.isSafeInteger(amount)) return `VND amount is too large to be exact; got ${amount}`;
  return null;
}

export function isVndAmount(amount: unknown): amount is number {
  return checkVndAmount(amount) === null;
}

/** Throws a RangeError (TypeError for non-numbers) unless `amount` is a whole, non-negative number of đồng. */
export function assertVndAmount(amount: unknown): asserts amount is number {
  const problem = checkVndAmount(amount);
  if (problem === null) return;
  throw typeof amount === "number" ? new RangeError(problem) : new TypeError(problem);
}

/**
 * Formats whole đồng: "1.250.000 ₫" in Vietnamese (the space is a
 * non-breaking U+00A0, as Intl emits it), "₫1,250,000" in English.
 * Negative whole amounts are allowed here (refunds, discounts) and shown with
 * a minus sign; fractions are refused rather than silently rounded.
 */
export function formatVnd(amount: number, locale: VndLocale = "vi"): string {
  if (typeof amount !== "number" || !Number.isSafeInteger(amount)) {
    throw new RangeError(`formatVnd needs a whole number of đồng (VND has no minor unit); got ${String(amount)}`);
  }
  // -0 (e.g. from 0 * -1) would print as "-0 ₫".
  return formatterFor(locale).format(amount === 0 ? 0 : amount);
}

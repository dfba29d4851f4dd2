// Phone numbers of buyers from anywhere: parsed by libphonenumber-js, Vietnam
// when no country code is typed, stored in E.164, Vietnamese ones shown the way
// people write them ("0912 345 678").

import { parsePhoneNumberFromString } from "libphonenumber-js/min";

/**
 * The number in E.164 ("+84912345678", "+447700900123"), or null when it is not
 * a phone number. Vietnamese numbers must be valid (an assigned range); foreign
 * ones need only the right length for their country, since a visitor's number
 * may be newer than the library's ranges (and the UK's 07700 900xxx are reserved
 * for examples and drama, yet possible).
 */
export function normalizePhone(input: string): string | null {
  const text = input.trim();
  if (!text || /[^\d\s.\-()+]/.test(text)) return null;
  const parsed = parsePhoneNumberFromString(text, "VN");
  if (!parsed) return null;
  const ok = parsed.country === "VN" || parsed.countryCallingCode === "84" ? parsed.isValid() : parsed.isPossible();
  return ok ? parsed.number : null;
}

/** Whether an E.164 number is Vietnamese. */
export function isVietnamesePhone(e164: string): boolean {
  return e164.startsWith("+84");
}

/** "+84912345678" → "0912 345 678"; foreign numbers in international form ("+44 7700 900123"). */
export function formatPhone(e164: string): string {
  const parsed = parsePhoneNumberFromString(e164, "VN");
  if (!parsed) return e164;
  if (parsed.countryCallingCode === "84") {
    const national = parsed.nationalNumber;
    // Mobile numbers (9 digits after the 0) are grouped 4-3-3 with the 0; landlines as the library says.
    return national.length === 9 ? `0${national.slice(0, 3)} ${national.slice(3, 6)} ${national.slice(6)}` : parsed.formatNational();
  }
  return parsed.formatInternational();
}

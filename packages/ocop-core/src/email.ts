// The one e-mail check of the backend and the storefront: something@something.tld without spaces.
// Deliverability is the inbox's business; this only refuses what cannot be an address.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** True when `value` has the shape of an e-mail address (callers trim and limit the length). */
export function isEmailAddress(value: string): boolean {
  return EMAIL.test(value);
}

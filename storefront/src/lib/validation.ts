// Checks what shoppers type at checkout and in their account. Pure: the server
// actions run these; messages live in the FormErrors catalog.

import { getUnit } from "@ocop/core";
import type { Problem } from "./form-state";

// A simple shape check; the backend validates again.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const VN_PHONE = /^(?:\+84|0)(\d{9})$/;

export const MAX_NAME = 100;
export const MAX_STREET = 200;
export const MIN_PASSWORD = 8;

/**
 * A Vietnamese phone number as +84 followed by 9 digits, or null. Accepts
 * "+84" or "0" followed by 9 digits; spaces, dots, dashes and brackets are ignored:
 * "0912 345 678" and "+84 912.345.678" → "+84912345678".
 */
export function normalizeVnPhone(input: string): string | null {
  const compact = input.replace(/[\s.\-()]/g, "");
  const match = VN_PHONE.exec(compact);
  return match ? `+84${match[1]}` : null;
}

/** "+84912345678" → "0912 345 678", as people write it in Vietnam. */
export function formatVnPhone(phone: string): string {
  const match = /^\+84(\d{3})(\d{3})(\d{3})$/.exec(phone);
  return match ? `0${match[1]} ${match[2]} ${match[3]}` : phone;
}

export function checkEmail(email: string): Problem | null {
  if (!email) return { code: "emailRequired" };
  if (email.length > 254 || !EMAIL.test(email)) return { code: "emailInvalid" };
  return null;
}

export function checkName(name: string): Problem | null {
  if (!name) return { code: "nameRequired" };
  if (name.length > MAX_NAME) return { code: "nameTooLong", values: { count: MAX_NAME } };
  return null;
}

export function checkPhone(phone: string): Problem | null {
  if (!phone) return { code: "phoneRequired" };
  return normalizeVnPhone(phone) ? null : { code: "phoneInvalid" };
}

export function checkCommune(code: string): Problem | null {
  return code && getUnit(code) ? null : { code: "communeRequired" };
}

export function checkStreet(street: string): Problem | null {
  if (!street) return { code: "streetRequired" };
  if (street.length > MAX_STREET) return { code: "streetTooLong", values: { count: MAX_STREET } };
  return null;
}

export function checkPassword(password: string): Problem | null {
  if (!password) return { code: "passwordRequired" };
  return password.length >= MIN_PASSWORD ? null : { code: "passwordShort", values: { count: MIN_PASSWORD } };
}

export type AddressField = "fullName" | "phone" | "communeCode" | "street";

/** Problems with a delivery address, by field; empty when it can be delivered to. */
export function checkAddress(values: Record<AddressField, string>): Partial<Record<AddressField, Problem>> {
  const errors: Partial<Record<AddressField, Problem>> = {};
  const name = checkName(values.fullName);
  const phone = checkPhone(values.phone);
  const commune = checkCommune(values.communeCode);
  const street = checkStreet(values.street);
  if (name) errors.fullName = name;
  if (phone) errors.phone = phone;
  if (commune) errors.communeCode = commune;
  if (street) errors.street = street;
  return errors;
}

/** A whole quantity from 1 to 999, or null. */
export function parseQuantity(input: string): number | null {
  if (!/^\d{1,3}$/.test(input.trim())) return null;
  const n = Number(input);
  return n >= 1 ? n : null;
}

// Checks what shoppers type at checkout and in their account. Pure: the server
// actions run these; messages live in the FormErrors catalog.

import { isEmailAddress } from "./core-client";
import { getCommune, getProvince, normalizePhone } from "@ocop/vn-places";
import type { Problem } from "./form-state";

// Phones from anywhere, Vietnam by default: E.164 in, "0912 345 678" out (packages/vn-places).
export { formatPhone, normalizePhone } from "@ocop/vn-places";

export const MAX_NAME = 100;
export const MAX_STREET = 200;
export const MIN_PASSWORD = 8;

// A shape check (@ocop/core); the backend validates again.
export function checkEmail(email: string): Problem | null {
  if (!email) return { code: "emailRequired" };
  if (email.length > 254 || !isEmailAddress(email)) return { code: "emailInvalid" };
  return null;
}

export function checkName(name: string): Problem | null {
  if (!name) return { code: "nameRequired" };
  if (name.length > MAX_NAME) return { code: "nameTooLong", values: { count: MAX_NAME } };
  return null;
}

export function checkPhone(phone: string): Problem | null {
  if (!phone) return { code: "phoneRequired" };
  return normalizePhone(phone) ? null : { code: "phoneInvalid" };
}

export function checkProvince(code: string): Problem | null {
  return code && getProvince(code) ? null : { code: "provinceRequired" };
}

/** A commune-level unit of the chosen province. */
export function checkCommune(provinceCode: string, code: string): Problem | null {
  const commune = code ? getCommune(code) : undefined;
  if (!commune) return { code: "communeRequired" };
  return commune.provinceCode === provinceCode ? null : { code: "communeNotInProvince" };
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

export type AddressField = "fullName" | "phone" | "provinceCode" | "communeCode" | "street";

/** Problems with a delivery address, by field; empty when it can be delivered to. */
export function checkAddress(values: Record<AddressField, string>): Partial<Record<AddressField, Problem>> {
  const errors: Partial<Record<AddressField, Problem>> = {};
  const name = checkName(values.fullName);
  const phone = checkPhone(values.phone);
  const province = checkProvince(values.provinceCode);
  const commune = province ? null : checkCommune(values.provinceCode, values.communeCode);
  const street = checkStreet(values.street);
  if (name) errors.fullName = name;
  if (phone) errors.phone = phone;
  if (province) errors.provinceCode = province;
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

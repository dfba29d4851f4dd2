"use server";

import { refresh } from "next/cache";
import { redirect } from "@/i18n/navigation";
import { formLocale } from "@/i18n/locale";
import { customerCartAtLogin } from "@/lib/cart";
import { addAddress, deleteAddress, login, logout, register } from "@/lib/customer";
import { favouriteIds } from "@/lib/favourite-ids";
import { mergeFavouriteIds } from "@/lib/favourites";
import { failed, field, hasErrors, succeeded, type FormState, type Problem } from "@/lib/form-state";
import { clearAuthToken, clearCartId, getAuthToken, getCartId, setAuthToken, setCartId } from "@/lib/session";
import { checkAddress, checkEmail, checkName, checkPassword, checkPhone, normalizePhone, type AddressField } from "@/lib/validation";

export type LoginField = "email" | "password";
export type RegisterField = "email" | "password" | "fullName" | "phone";
export type LoginState = FormState<LoginField>;
export type RegisterState = FormState<RegisterField>;
export type AddressState = FormState<AddressField>;


// Where a login may lead back to: only our own pages, never another site.
const RETURN_PATHS = ["/checkout", "/cart", "/account", "/account/favourites"] as const;

function returnPath(form: FormData): string {
  const next = field(form, "next");
  return (RETURN_PATHS as readonly string[]).includes(next) ? next : "/account";
}

/**
 * After logging in: the customer's kept cart comes back (from an earlier visit or another device),
 * with the cart started as a guest merged in, then back to where the shopper was.
 */
async function startSession(token: string, form: FormData): Promise<never> {
  await setAuthToken(token);
  const cartId = await customerCartAtLogin(await getCartId(), token);
  if (cartId) await setCartId(cartId);
  else await clearCartId();
  await mergeGuestFavourites(token, form);
  return redirect({ href: returnPath(form), locale: formLocale(form) });
}

/**
 * The hearts given as a guest (the form's `favourites`, read from the browser by the login form) join
 * the account's in one call. On failure the browser keeps them and its next page merges them again
 * (components/favourites/store.ts), which also clears the browser's list once the account has them.
 */
async function mergeGuestFavourites(token: string, form: FormData): Promise<void> {
  const ids = favouriteIds(field(form, "favourites").split(","));
  if (ids.length === 0) return;
  try {
    await mergeFavouriteIds(token, ids);
  } catch (error) {
    console.error("[storefront] merging the guest's favourites failed:", error instanceof Error ? error.message : error);
  }
}

export async function loginAction(previous: LoginState, form: FormData): Promise<LoginState> {
  const email = field(form, "email").toLowerCase();
  const password = typeof form.get("password") === "string" ? (form.get("password") as string) : "";
  // The password is never sent back to the page.
  const values = { email };
  const errors: LoginState["errors"] = {};
  const emailProblem = checkEmail(email);
  if (emailProblem) errors.email = emailProblem;
  if (!password) errors.password = { code: "passwordRequired" };
  if (hasErrors(errors)) return failed(previous, errors, values);

  const result = await login(email, password);
  if (!result.ok) {
    const problem: Problem = result.reason === "invalid" ? { code: "loginFailed" } : { code: "backend" };
    return failed(previous, {}, values, problem);
  }
  return startSession(result.token, form);
}

export async function registerAction(previous: RegisterState, form: FormData): Promise<RegisterState> {
  const email = field(form, "email").toLowerCase();
  const password = typeof form.get("password") === "string" ? (form.get("password") as string) : "";
  const fullName = field(form, "fullName").replace(/\s+/g, " ");
  const phone = field(form, "phone");
  const values = { email, fullName, phone };
  const errors: RegisterState["errors"] = {};
  const problems = {
    email: checkEmail(email),
    password: checkPassword(password),
    fullName: checkName(fullName),
    // The phone is optional here; when given it must be a Vietnamese number.
    phone: phone ? checkPhone(phone) : null,
  };
  for (const [name, problem] of Object.entries(problems) as [RegisterField, Problem | null][]) {
    if (problem) errors[name] = problem;
  }
  if (hasErrors(errors)) return failed(previous, errors, values);

  const result = await register({ email, password, fullName, phone: phone ? normalizePhone(phone) : null });
  if (!result.ok) {
    if (result.reason === "emailTaken") return failed(previous, { email: { code: "emailTaken" } }, values);
    return failed(previous, {}, values, { code: "backend" });
  }
  return startSession(result.token, form);
}

/** Logs out and forgets the cart in this browser: it belongs to the customer, who gets it back at the next login. */
export async function logoutAction(form: FormData): Promise<void> {
  const token = await getAuthToken();
  if (token) await logout(token);
  await clearAuthToken();
  await clearCartId();
  redirect({ href: "/account", locale: formLocale(form) });
}

export async function addAddressAction(previous: AddressState, form: FormData): Promise<AddressState> {
  const values: Record<AddressField, string> = {
    fullName: field(form, "fullName").replace(/\s+/g, " "),
    phone: field(form, "phone"),
    provinceCode: field(form, "provinceCode"),
    communeCode: field(form, "communeCode"),
    street: field(form, "street").replace(/\s+/g, " "),
  };
  const errors = checkAddress(values);
  if (hasErrors(errors)) return failed(previous, errors, values);
  if (!(await getAuthToken())) return failed(previous, {}, values, { code: "sessionExpired" });
  const saved = await addAddress({ ...values, phone: normalizePhone(values.phone)! });
  if (!saved) return failed(previous, {}, values, { code: "backend" });
  refresh();
  return succeeded(previous);
}

export async function deleteAddressAction(form: FormData): Promise<void> {
  const id = field(form, "addressId");
  if (id) await deleteAddress(id);
  refresh();
}

import "server-only";
import { cache } from "react";
import { load, type Loaded } from "./backend";
import { toAddressPayload, toCustomerView, toOrderView, toSavedAddresses, type AddressInput } from "./commerce-map";
import { inPageLanguage } from "./line-titles";
import { getAuthSdk, getSdk, httpStatus } from "./medusa";
import { getAuthToken } from "./session";
import type { CustomerView, OrderView, SavedAddressView } from "./types";
import type { OrderWire } from "./wire-types";

export type AuthFailure = "invalid" | "emailTaken" | "backend";
export type AuthResult = { ok: true; token: string } | { ok: false; reason: AuthFailure };

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function bearer(token: string) {
  return { Authorization: `Bearer ${token}` };
}

/** Logs a customer in with email and password; the token goes into the ocop_jwt cookie. */
export async function login(email: string, password: string): Promise<AuthResult> {
  try {
    const sdk = await getAuthSdk();
    const result = await sdk.auth.login("customer", "emailpass", { email, password });
    if (typeof result === "string") return { ok: true, token: result };
    // Redirects (social login), MFA or verification: not offered by this storefront.
    console.error("[storefront] login needs a step the storefront does not offer");
    return { ok: false, reason: "backend" };
  } catch (error) {
    if (httpStatus(error) === 401 || httpStatus(error) === 400) return { ok: false, reason: "invalid" };
    console.error("[storefront] login failed:", message(error));
    return { ok: false, reason: "backend" };
  }
}

export interface Registration {
  email: string;
  password: string;
  fullName: string;
  phone: string | null;
}

/** Creates the login (auth identity), then the customer, then logs in. */
export async function register(input: Registration): Promise<AuthResult> {
  const sdk = await getAuthSdk();
  let registrationToken: string;
  try {
    registrationToken = await sdk.auth.register("customer", "emailpass", { email: input.email, password: input.password });
  } catch (error) {
    if (/exists/i.test(message(error))) return { ok: false, reason: "emailTaken" };
    console.error("[storefront] registering failed:", message(error));
    return { ok: false, reason: "backend" };
  }
  try {
    await sdk.store.customer.create(
      { email: input.email, first_name: input.fullName, last_name: "", ...(input.phone ? { phone: input.phone } : {}) },
      {},
      bearer(registrationToken),
    );
  } catch (error) {
    if (/exists/i.test(message(error))) return { ok: false, reason: "emailTaken" };
    console.error("[storefront] creating the customer failed:", message(error));
    return { ok: false, reason: "backend" };
  }
  return login(input.email, input.password);
}

/** Asks the backend to forget the token (best effort: the cookie is removed anyway). */
export async function logout(token: string): Promise<void> {
  try {
    const sdk = await getSdk();
    await sdk.client.fetch("/auth/session", { method: "DELETE", headers: bearer(token) });
  } catch {
    // Bearer tokens are stateless: nothing to undo on the backend.
  }
}

/** The logged-in customer, or null for a guest or an expired login. Cached per request. */
export const getCustomer = cache(
  (): Promise<Loaded<CustomerView | null>> =>
    load("loading the customer", async () => {
      const token = await getAuthToken();
      if (!token) return null;
      try {
        const sdk = await getSdk();
        const { customer } = await sdk.store.customer.retrieve({}, bearer(token));
        return toCustomerView(customer);
      } catch (error) {
        if (httpStatus(error) === 401 || httpStatus(error) === 404) return null;
        throw error;
      }
    }),
);

const ORDER_LIST_FIELDS =
  "id,display_id,created_at,status,payment_status,fulfillment_status,total,currency_code,+items.quantity,+items.title,+items.product_id,+items.variant_id";

/** The customer's orders, newest first. */
export function listOrders(): Promise<Loaded<OrderView[]>> {
  return load("listing the customer's orders", async () => {
    const token = await getAuthToken();
    if (!token) return [];
    const sdk = await getSdk();
    const { orders } = await sdk.store.order.list({ fields: ORDER_LIST_FIELDS, order: "-created_at", limit: 50 }, bearer(token));
    const views = orders.map((o) => toOrderView(o as OrderWire)).filter((o): o is OrderView => o !== null);
    // One request for every order's line names in the page's language.
    const lines = await inPageLanguage(views.flatMap((o) => o.items));
    const byId = new Map(lines.map((l) => [l.id, l]));
    return views.map((o) => ({ ...o, items: o.items.map((l) => byId.get(l.id) ?? l) }));
  });
}

export function listAddresses(): Promise<Loaded<SavedAddressView[]>> {
  return load("listing the customer's addresses", async () => {
    const token = await getAuthToken();
    if (!token) return [];
    const sdk = await getSdk();
    const { addresses } = await sdk.store.customer.listAddress(
      { limit: 50, fields: "id,first_name,last_name,phone,address_1,address_2,city,province,metadata,created_at" },
      bearer(token),
    );
    return toSavedAddresses(addresses);
  });
}

export async function addAddress(input: AddressInput): Promise<boolean> {
  const token = await getAuthToken();
  if (!token) return false;
  try {
    const sdk = await getSdk();
    await sdk.store.customer.createAddress(toAddressPayload(input), { fields: "id" }, bearer(token));
    return true;
  } catch (error) {
    console.error("[storefront] adding an address failed:", message(error));
    return false;
  }
}

export async function deleteAddress(id: string): Promise<boolean> {
  const token = await getAuthToken();
  if (!token) return false;
  try {
    const sdk = await getSdk();
    await sdk.store.customer.deleteAddress(id, bearer(token));
    return true;
  } catch (error) {
    console.error("[storefront] deleting an address failed:", message(error));
    return false;
  }
}

import "server-only";
import { headers } from "next/headers";
import { clientAddressHeaders } from "./client-address";
import { deleteCookies, readCookie, readToken, writeCookie, writeToken } from "./cookie-session";

// The shopper's session lives in three httpOnly cookies, never readable by scripts:
//   ocop_cart   the id of the open cart
//   ocop_jwt    the customer's Medusa token after logging in
//   ocop_orders the ids and access tokens of the last orders placed in this browser, so
//               that their confirmation pages open for the guest who placed them
export const CART_COOKIE = "ocop_cart";
export const AUTH_COOKIE = "ocop_jwt";
export const ORDERS_COOKIE = "ocop_orders";
// Beside the token, a readable hint that a customer is logged in (no secret in it): the favourites
// store (components/favourites/store.ts) knows without a request whether hearts go to the browser
// or the account, and notices a login or logout made after the page loaded.
export const SIGNED_IN_COOKIE = "ocop_signed_in";

const CART_MAX_AGE = 30 * 24 * 3600;
const ORDERS_MAX_AGE = 30 * 24 * 3600;
const MAX_REMEMBERED_ORDERS = 5;

export async function getCartId(): Promise<string | null> {
  return readCookie(CART_COOKIE);
}

/** Only in server actions (cookies cannot be written while a page renders). */
export async function setCartId(id: string): Promise<void> {
  await writeCookie(CART_COOKIE, id, CART_MAX_AGE);
}

export async function clearCartId(): Promise<void> {
  await deleteCookies(CART_COOKIE);
}

/** The customer's token while it is still valid, else null. */
export async function getAuthToken(): Promise<string | null> {
  return readToken(AUTH_COOKIE);
}

export async function setAuthToken(token: string): Promise<void> {
  const maxAge = await writeToken(AUTH_COOKIE, token);
  await writeCookie(SIGNED_IN_COOKIE, "1", maxAge, false);
}

export async function clearAuthToken(): Promise<void> {
  await deleteCookies(AUTH_COOKIE, SIGNED_IN_COOKIE);
}

/** The shopper's address, signed for the backend's login limits (lib/client-address.ts). */
export async function shopperAddressHeaders(): Promise<Record<string, string>> {
  return clientAddressHeaders((await headers()).get("x-forwarded-for"), process.env);
}

/** The Authorization header of the logged-in customer, or nothing for a guest. */
export async function authHeaders(): Promise<Record<string, string>> {
  const token = await getAuthToken();
  return token ? { Authorization: `Bearer ${token}` } : {};
}

type RememberedOrder = { id: string; token: string };

/** The orders placed in this browser: "id:token" entries joined by ".". */
async function rememberedOrders(): Promise<RememberedOrder[]> {
  const raw = (await readCookie(ORDERS_COOKIE)) ?? "";
  return raw.split(".").flatMap((entry) => {
    const match = /^(order_[A-Za-z0-9]+):([A-Za-z0-9_-]+)$/.exec(entry);
    return match ? [{ id: match[1]!, token: match[2]! }] : [];
  });
}

/** The access token of an order placed in this browser, or null. */
export async function rememberedOrderToken(id: string): Promise<string | null> {
  return (await rememberedOrders()).find((order) => order.id === id)?.token ?? null;
}

export async function rememberOrder(id: string, token: string | null): Promise<void> {
  if (!token) return;
  const orders = [{ id, token }, ...(await rememberedOrders()).filter((other) => other.id !== id)].slice(0, MAX_REMEMBERED_ORDERS);
  await writeCookie(ORDERS_COOKIE, orders.map((o) => `${o.id}:${o.token}`).join("."), ORDERS_MAX_AGE);
}

/** The confirmation page of an order; its link carries the order's access token (a guest's only key to it). */
export function confirmationHref(orderId: string, accessToken: string | null): string {
  return `/order/confirmed/${orderId}${accessToken ? `?token=${encodeURIComponent(accessToken)}` : ""}`;
}

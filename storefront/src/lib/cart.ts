import "server-only";
import type Medusa from "@medusajs/js-sdk";
import type { HttpTypes } from "@medusajs/types";
import { getLocale } from "next-intl/server";
import { cache } from "react";
import { load, type Loaded } from "./backend";
import {
  toAddressPayload,
  toCartView,
  toGuestDeliveryPayload,
  toGuestPartnerChoices,
  toPaymentChoices,
  toShippingOptionView,
  type AddressInput,
  type GuestDeliveryInput,
} from "./commerce-map";
import { inPageLanguage } from "./line-titles";
import { getSdk, httpStatus } from "./medusa";
import { attachReferringPartner } from "./partner/cart";
import { getRegion } from "./regions";
import { authHeaders, getAuthToken, getCartId } from "./session";
import type { CartView, GuestPartnerChoice, PaymentChoice, ShippingOptionView } from "./types";
import { asNumber } from "./wire";
import type { CartWire, CompleteCartAnswer, CustomerCartAnswer, GuestDeliveryPartnersAnswer, ShippingOptionWire } from "./wire-types";

// Beyond Medusa's default cart fields: line and shipping totals, the shipping
// method's name and the address metadata (where the commune code is kept).
const CART_FIELDS = "+items.total,+items.product_id,+shipping_methods.name,+shipping_methods.total,+shipping_methods.data,+shipping_address.metadata";

/** Why a cart change did not happen. */
export type CartFailure =
  /** Not enough stock: `available` pieces are left (null when the backend does not say). */
  | { reason: "stock"; available: number | null }
  /** The cart is gone (expired, or never existed). */
  | { reason: "missing" }
  /** The cart was already turned into an order. */
  | { reason: "completed" }
  | { reason: "backend" };

export type CartResult<T = null> = { ok: true; data: T } | ({ ok: false } & CartFailure);

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Sorts a failed backend call into what the shopper should be told. */
export function classify(error: unknown): CartFailure | null {
  const status = httpStatus(error);
  const text = message(error);
  if (status === 404) return { reason: "missing" };
  if (/already completed/i.test(text)) return { reason: "completed" };
  if (/inventory/i.test(text)) return { reason: "stock", available: null };
  return null;
}

async function fail(label: string, error: unknown): Promise<CartFailure> {
  const known = classify(error);
  if (known) return known;
  console.error(`[storefront] ${label} failed:`, message(error));
  return { reason: "backend" };
}

async function retrieve(sdk: Medusa, id: string): Promise<CartWire | null> {
  try {
    const { cart } = await sdk.store.cart.retrieve(id, { fields: CART_FIELDS }, await authHeaders());
    // CART_FIELDS asks for the shipping methods' data: the parcels provider's (wire-types.ts).
    return cart as CartWire;
  } catch (error) {
    if (httpStatus(error) === 404) return null;
    throw error;
  }
}

/** The shopper's open cart: null when there is none (no cookie, expired, or already ordered). Cached per request. */
export const getCart = cache(
  (): Promise<Loaded<CartView | null>> =>
    load("loading the cart", async () => {
      const id = await getCartId();
      if (!id) return null;
      const cart = await retrieve(await getSdk(), id);
      const view = cart ? toCartView(cart) : null;
      return view && !view.completed ? { ...view, items: await inPageLanguage(view.items) } : null;
    }),
);

/** A cart by id, completed or not (for the checkout's double-submit guard). */
export function getCartById(id: string): Promise<Loaded<CartView | null>> {
  return load("loading a cart", async () => {
    const cart = await retrieve(await getSdk(), id);
    const view = cart ? toCartView(cart) : null;
    return view && { ...view, items: await inPageLanguage(view.items) };
  });
}

/** How many pieces of a variant may still be sold (null: not tracked, or the backend does not say). */
export async function availableQuantity(variantId: string): Promise<number | null> {
  try {
    const sdk = await getSdk();
    const { variant } = await sdk.client.fetch<HttpTypes.StoreProductVariantResponse>(`/store/product-variants/${encodeURIComponent(variantId)}`, {
      query: { fields: "id,manage_inventory,allow_backorder,+inventory_quantity" },
    });
    if (!variant || variant.manage_inventory !== true || variant.allow_backorder === true) return null;
    return Math.max(0, asNumber(variant.inventory_quantity) ?? 0);
  } catch {
    return null;
  }
}

async function withStock(failure: CartFailure, variantId: string | null): Promise<CartFailure> {
  if (failure.reason !== "stock" || !variantId) return failure;
  return { reason: "stock", available: await availableQuantity(variantId) };
}

/**
 * Adds pieces of a variant to the open cart, creating the cart (in the Việt Nam
 * region) when there is none. Returns the cart id to keep in the cookie.
 * Nothing changes when there is not enough stock.
 */
export async function addToCart(variantId: string, quantity: number): Promise<CartResult<{ cartId: string }>> {
  const sdk = await getSdk();
  const headers = await authHeaders();
  const existing = await getCartId();
  try {
    if (existing) {
      try {
        await sdk.store.cart.createLineItem(existing, { variant_id: variantId, quantity }, { fields: "id" }, headers);
        return { ok: true, data: { cartId: existing } };
      } catch (error) {
        const failure = classify(error);
        // A missing or already ordered cart: start a new one below.
        if (failure?.reason !== "missing" && failure?.reason !== "completed") throw error;
      }
    }
    const region = await getRegion();
    // The cart's language names its lines and, copied to the order, the order e-mails' language.
    const locale = (await getLocale()) === "en" ? "en-US" : "vi-VN";
    const { cart } = await sdk.store.cart.create(
      { region_id: region.id, locale, items: [{ variant_id: variantId, quantity }] },
      { fields: "id" },
      headers,
    );
    await attachReferringPartner(cart.id);
    return { ok: true, data: { cartId: cart.id } };
  } catch (error) {
    return { ok: false, ...(await withStock(await fail("adding to the cart", error), variantId)) };
  }
}

/** Sets a line's quantity; on a stock shortage the line keeps its quantity. */
export async function updateLine(lineId: string, quantity: number, variantId: string | null): Promise<CartResult> {
  const id = await getCartId();
  if (!id) return { ok: false, reason: "missing" };
  try {
    const sdk = await getSdk();
    await sdk.store.cart.updateLineItem(id, lineId, { quantity }, { fields: "id" }, await authHeaders());
    return { ok: true, data: null };
  } catch (error) {
    return { ok: false, ...(await withStock(await fail("updating a cart line", error), variantId)) };
  }
}

export async function removeLine(lineId: string): Promise<CartResult> {
  const id = await getCartId();
  if (!id) return { ok: false, reason: "missing" };
  try {
    const sdk = await getSdk();
    await sdk.store.cart.deleteLineItem(id, lineId, {}, await authHeaders());
    return { ok: true, data: null };
  } catch (error) {
    return { ok: false, ...(await fail("removing a cart line", error)) };
  }
}

/** Stores the buyer's email and delivery address (also as billing address) on the cart. */
export async function setCheckoutDetails(cartId: string, email: string, address: AddressInput): Promise<CartResult> {
  try {
    const sdk = await getSdk();
    const payload = toAddressPayload(address);
    await sdk.store.cart.update(
      cartId,
      { email, shipping_address: payload, billing_address: payload },
      { fields: "id" },
      await authHeaders(),
    );
    return { ok: true, data: null };
  } catch (error) {
    return { ok: false, ...(await fail("saving the delivery details", error)) };
  }
}

/** Step 1 for a delivery to a hotel or cruise: the guest's name, phone and room; the backend writes the partner's address. */
export async function setGuestDeliveryDetails(cartId: string, email: string, input: GuestDeliveryInput): Promise<CartResult> {
  try {
    const sdk = await getSdk();
    const payload = toGuestDeliveryPayload(input);
    await sdk.store.cart.update(cartId, { email, shipping_address: payload, billing_address: payload }, { fields: "id" }, await authHeaders());
    return { ok: true, data: null };
  } catch (error) {
    return { ok: false, ...(await fail("saving the delivery to a hotel", error)) };
  }
}

/**
 * What the cart's shipping option costs paid in cash and paid before: the payment step shows the
 * cash-on-delivery fee (their difference) before the buyer places the order. Null for an option
 * that is not calculated (no fee).
 */
export function quoteShippingByPayment(cartId: string, optionId: string): Promise<Loaded<{ cod: number; prepaid: number } | null>> {
  return load("pricing cash on delivery", async () => {
    const sdk = await getSdk();
    const headers = await authHeaders();
    const quote = async (payment: "cod" | "prepaid") =>
      asNumber((await sdk.store.fulfillment.calculate(optionId, { cart_id: cartId, data: { payment } }, {}, headers)).shipping_option.amount);
    const [cod, prepaid] = await Promise.all([quote("cod"), quote("prepaid")]);
    return cod === null || prepaid === null ? null : { cod, prepaid };
  });
}

/** The hotels and cruises that accept deliveries for their guests (public data only). */
export function listGuestDeliveryPartners(): Promise<Loaded<GuestPartnerChoice[]>> {
  return load("listing the partners that accept deliveries", async () => {
    const sdk = await getSdk();
    return toGuestPartnerChoices(await sdk.client.fetch<GuestDeliveryPartnersAnswer>("/store/guest-delivery-partners"));
  });
}

/**
 * The shipping options for the cart's address, with their prices: a calculated option (one parcel
 * per producer, docs/architecture.md "Shipping") is priced by the backend for this cart.
 */
export function listShippingOptions(cartId: string): Promise<Loaded<ShippingOptionView[]>> {
  return load("listing shipping options", async () => {
    const sdk = await getSdk();
    const headers = await authHeaders();
    const { shipping_options } = await sdk.store.fulfillment.listCartOptions({ cart_id: cartId }, headers);
    // A calculated option's price carries the parcels and the delivery window (wire-types.ts).
    const priced = await Promise.all(
      shipping_options.map(async (option): Promise<ShippingOptionWire> =>
        option.price_type === "calculated"
          ? (await sdk.store.fulfillment.calculate(option.id, { cart_id: cartId }, {}, headers)).shipping_option
          : option,
      ),
    );
    return priced.map(toShippingOptionView).filter((o): o is ShippingOptionView => o !== null);
  });
}

/**
 * Adds (or replaces) the cart's shipping method. `payment` says how the buyer pays: the parcel
 * provider adds the cash-on-delivery fee for "cod" (docs/architecture.md, Shipping).
 */
export async function setShippingMethod(cartId: string, optionId: string, payment: "cod" | "prepaid" = "prepaid"): Promise<CartResult> {
  try {
    const sdk = await getSdk();
    await sdk.store.cart.addShippingMethod(cartId, { option_id: optionId, data: { payment } }, { fields: "id" }, await authHeaders());
    return { ok: true, data: null };
  } catch (error) {
    return { ok: false, ...(await fail("choosing the shipping method", error)) };
  }
}

/** The payment methods of the cart's region that this storefront can take. */
export function listPaymentChoices(regionId: string): Promise<Loaded<PaymentChoice[]>> {
  return load("listing payment providers", async () => {
    const sdk = await getSdk();
    const { payment_providers } = await sdk.store.payment.listPaymentProviders({ region_id: regionId });
    return toPaymentChoices(payment_providers);
  });
}

/** Hands a guest cart to the logged-in customer (once they log in, or at checkout). */
export async function transferCartToCustomer(cartId: string, customerToken?: string): Promise<void> {
  const token = customerToken ?? (await getAuthToken());
  if (!token) return;
  try {
    const sdk = await getSdk();
    await sdk.store.cart.transferCart(cartId, { fields: "id" }, { Authorization: `Bearer ${token}` });
  } catch (error) {
    // The cart stays a guest cart; the order can still be placed.
    console.error("[storefront] transferring the cart failed:", message(error));
  }
}

/**
 * At login: the customer's cart kept from an earlier visit or another device, with this
 * browser's guest cart merged in (backend: POST /store/customers/me/cart). Its id, or null when
 * there is none; on failure the guest cart is handed over as before, so nothing is lost.
 */
export async function customerCartAtLogin(guestCartId: string | null, customerToken: string): Promise<string | null> {
  try {
    const sdk = await getSdk();
    const body = await sdk.client.fetch<CustomerCartAnswer>("/store/customers/me/cart", {
      method: "POST",
      body: guestCartId ? { guest_cart_id: guestCartId } : {},
      headers: { Authorization: `Bearer ${customerToken}` },
    });
    const id = body?.cart_id;
    return typeof id === "string" ? id : null;
  } catch (error) {
    console.error("[storefront] restoring the customer's cart failed:", message(error));
    if (guestCartId) await transferCartToCustomer(guestCartId, customerToken);
    return guestCartId;
  }
}

/** `accessToken` opens the order's confirmation page to the guest who placed it (the backend's, issue #21). */
export type PlaceOrderResult =
  | { ok: true; orderId: string; accessToken: string | null }
  | ({ ok: false } & (CartFailure | { reason: "payment" }));

const BUSY_RETRIES = 5;
const BUSY_WAIT_MS = 600;

/** Completes a cart; a cart completed before (double submit) answers with its order. */
async function complete(sdk: Medusa, cartId: string): Promise<PlaceOrderResult> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      // The backend adds the order's access token to Medusa's answer (wire-types.ts).
      const result: CompleteCartAnswer = await sdk.store.cart.complete(cartId, { fields: "id" }, await authHeaders());
      if (result.type === "order") {
        const accessToken = result.access_token;
        return { ok: true, orderId: result.order.id, accessToken: typeof accessToken === "string" ? accessToken : null };
      }
      console.error("[storefront] completing the cart left it open:", result.error?.message);
      return { ok: false, reason: "payment" };
    } catch (error) {
      // "Cart is already being completed by another request": the other submit wins; ask again.
      if (httpStatus(error) === 409 && attempt < BUSY_RETRIES) {
        await new Promise((resolve) => setTimeout(resolve, BUSY_WAIT_MS));
        continue;
      }
      throw error;
    }
  }
}

/**
 * Places the order: opens a payment session with the chosen provider, then
 * completes the cart. Safe to repeat: an already completed cart answers with its
 * order, and no second payment session is opened for it.
 */
export async function placeOrder(cartId: string, providerId: string): Promise<PlaceOrderResult> {
  const sdk = await getSdk();
  try {
    const cart = await retrieve(sdk, cartId);
    if (!cart) return { ok: false, reason: "missing" };
    if (!cart.completed_at) {
      const sessions = cart.payment_collection?.payment_sessions ?? [];
      const pending = sessions.some((s) => s.provider_id === providerId && s.status === "pending");
      if (!pending) await sdk.store.payment.initiatePaymentSession(cart, { provider_id: providerId }, {}, await authHeaders());
    }
    return await complete(sdk, cartId);
  } catch (error) {
    const failure = await fail("placing the order", error);
    // A completed cart here means the other submit placed the order: find it.
    if (failure.reason === "completed") {
      try {
        return await complete(sdk, cartId);
      } catch (again) {
        return { ok: false, ...(await fail("finding the placed order", again)) };
      }
    }
    return { ok: false, ...failure };
  }
}

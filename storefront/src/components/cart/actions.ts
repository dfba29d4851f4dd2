"use server";

import { refresh } from "next/cache";
import { addToCart, removeLine, updateLine, type CartFailure } from "@/lib/cart";
import { failed, field, succeeded, type FormState, type Problem } from "@/lib/form-state";
import { setCartId } from "@/lib/session";
import { parseQuantity } from "@/lib/validation";

export type QuantityField = "quantity";
export type QuantityState = FormState<QuantityField>;

/** What to tell the shopper next to the quantity field. */
function quantityProblem(failure: CartFailure): Problem | null {
  if (failure.reason !== "stock") return null;
  if (failure.available === null) return { code: "stockShort" };
  if (failure.available === 0) return { code: "outOfStock" };
  return { code: "stockLimited", values: { count: failure.available } };
}

function formProblem(failure: CartFailure): Problem {
  if (failure.reason === "missing" || failure.reason === "completed") return { code: "cartExpired" };
  return { code: "backend" };
}

/** Product page: adds the chosen variant; the cart (and its cookie) is created on the first add. */
export async function addToCartAction(previous: QuantityState, form: FormData): Promise<QuantityState> {
  const variantId = field(form, "variant_id");
  const raw = field(form, "quantity") || "1";
  const values = { quantity: raw };
  const quantity = parseQuantity(raw);
  if (!quantity) return failed(previous, { quantity: { code: "quantityInvalid" } }, values);
  if (!variantId) return failed(previous, {}, values, { code: "variantRequired" });

  const result = await addToCart(variantId, quantity);
  if (!result.ok) {
    const problem = quantityProblem(result);
    return problem ? failed(previous, { quantity: problem }, values) : failed(previous, {}, values, formProblem(result));
  }
  await setCartId(result.data.cartId);
  // The header's cart count changes.
  refresh();
  return succeeded(previous, { quantity: "1" });
}

/**
 * Cart page: one form per line, with two submit buttons: intent=update sets the
 * quantity (0 removes the line), intent=remove removes it. When the stock is
 * short the line keeps its quantity and the shopper is told how many are left.
 */
export async function changeLineAction(previous: QuantityState, form: FormData): Promise<QuantityState> {
  const lineId = field(form, "line_id");
  const variantId = field(form, "variant_id") || null;
  const raw = field(form, "quantity");
  const values = { quantity: raw };
  const remove = field(form, "intent") === "remove" || raw === "0";

  if (!lineId) return failed(previous, {}, values, { code: "backend" });
  let result;
  if (remove) {
    result = await removeLine(lineId);
  } else {
    const quantity = parseQuantity(raw);
    if (!quantity) return failed(previous, { quantity: { code: "quantityInvalid" } }, values);
    result = await updateLine(lineId, quantity, variantId);
  }
  if (!result.ok) {
    const problem = quantityProblem(result);
    return problem ? failed(previous, { quantity: problem }, values) : failed(previous, {}, values, formProblem(result));
  }
  refresh();
  return succeeded(previous, values);
}

"use client";

import { useEffect } from "react";

/**
 * The header's cart count is read in the browser (components/layout/cart-count.tsx), because the
 * catalog pages around it are shared by every shopper in the page cache. Forms that change the
 * cart announce it with this event so the count follows at once.
 */
export const CART_CHANGED_EVENT = "ocop:cart-changed";

/** Announces a cart change after each successful answer of a cart form (its `ok` and `seq`). */
export function useAnnounceCartChange(ok: boolean, seq: number) {
  useEffect(() => {
    if (ok && seq > 0) window.dispatchEvent(new Event(CART_CHANGED_EVENT));
  }, [ok, seq]);
}

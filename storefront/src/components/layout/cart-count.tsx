"use client";

import { useTranslations } from "next-intl";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { CART_CHANGED_EVENT } from "./cart-events";

interface CartCountAnswer {
  count: number;
}

/**
 * The number of pieces in the cart, beside the header's cart link; nothing for an empty cart.
 * Asked of GET /api/cart (never cached) from the browser on every page and after each cart form,
 * so a page kept in the shared page cache never carries one shopper's cart to another.
 */
export function CartCount() {
  const t = useTranslations("Header");
  const pathname = usePathname();
  const [count, setCount] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    const load = () => {
      fetch("/api/cart", { cache: "no-store", credentials: "same-origin", signal: controller.signal })
        .then((response) => (response.ok ? (response.json() as Promise<CartCountAnswer>) : { count: 0 }))
        .then((answer) => setCount(answer.count))
        // An unreachable backend leaves the count out, as an empty cart does.
        .catch(() => undefined);
    };
    load();
    window.addEventListener(CART_CHANGED_EVENT, load);
    return () => {
      controller.abort();
      window.removeEventListener(CART_CHANGED_EVENT, load);
    };
  }, [pathname]);

  if (count === 0) return null;
  return (
    <span className="cart-link__count">
      <span aria-hidden="true">{count > 99 ? "99+" : count}</span>
      <span className="visually-hidden">{t("cartCount", { count })}</span>
    </span>
  );
}

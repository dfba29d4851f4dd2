import { Link } from "@/i18n/navigation";

/** Says, once the item is in the cart, that it is there, with a way to the cart; empty before (a live region). */
export function AddedStatus({ ok, done, viewCart }: { ok: boolean; done: string; viewCart: string }) {
  return (
    <p className="add-to-cart__status" role="status">
      {ok && (
        <>
          {done}{" "}
          <Link href="/cart" className="add-to-cart__view">
            {viewCart}
          </Link>
        </>
      )}
    </p>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { changeLineAction } from "./actions";
import { FormAlert } from "@/components/forms/fields";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { initialFormState } from "@/lib/form-state";
import { LineQuantity } from "./line-quantity";
import { useAnnounceCartChange } from "@/components/layout/cart-events";

interface CartLineFormProps {
  lineId: string;
  variantId: string | null;
  quantity: number;
  /** Names the line for screen readers: "Quantity, Golden camellia tea". */
  productTitle: string;
}

/** A cart line's quantity with Update and Remove; the shopper's number stays in the field after an error. */
export function CartLineForm({ lineId, variantId, quantity, productTitle }: CartLineFormProps) {
  const t = useTranslations("Cart");
  const [state, action] = useActionState(changeLineAction, initialFormState({ quantity: String(quantity) }));
  useAnnounceCartChange(state.ok, state.seq);
  const { formRef, message } = useFormFeedback(state);
  return (
    <form ref={formRef} action={action} className="cart-line__form" noValidate>
      <input type="hidden" name="line_id" value={lineId} />
      {variantId && <input type="hidden" name="variant_id" value={variantId} />}
      {state.formError && <FormAlert>{message(state.formError)}</FormAlert>}
      <LineQuantity
        id={`quantity-${lineId}`}
        name="quantity"
        label={t("quantity")}
        productTitle={productTitle}
        saved={quantity}
        answer={state}
        typed={state.values.quantity}
        min={0}
        max={999}
        error={message(state.errors.quantity)}
        texts={{ update: t("update"), updating: t("updating"), remove: t("remove"), removing: t("removing") }}
      />
    </form>
  );
}

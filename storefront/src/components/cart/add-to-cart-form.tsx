"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { addToCartAction } from "./actions";
import { FormAlert, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { initialFormState } from "@/lib/form-state";
import { AddedStatus } from "./added-status";
import { useFocusAfterAdd } from "./use-focus-after-add";
import { useAnnounceCartChange } from "@/components/layout/cart-events";

interface AddToCartFormProps {
  variantId: string;
  /** Pieces left, when the stock is tracked: the field's maximum. */
  maxQuantity: number | null;
}

/** Quantity and "Add to cart" for the chosen variant; works before hydration as a plain form post. */
export function AddToCartForm({ variantId, maxQuantity }: AddToCartFormProps) {
  const t = useTranslations("Cart");
  const [state, action] = useActionState(addToCartAction, initialFormState({ quantity: "1" }));
  useAnnounceCartChange(state.ok, state.seq);
  const { formRef, message } = useFormFeedback(state);
  useFocusAfterAdd(formRef, state.ok, state.seq);
  return (
    <form ref={formRef} action={action} className="add-to-cart" noValidate>
      <input type="hidden" name="variant_id" value={variantId} />
      {state.formError && <FormAlert>{message(state.formError)}</FormAlert>}
      <div className="add-to-cart__row">
        <TextField
          // A new key after each success puts the quantity back to 1.
          key={state.ok ? `ok-${state.seq}` : "edit"}
          id="add-quantity"
          name="quantity"
          label={t("quantity")}
          type="number"
          inputMode="numeric"
          min={1}
          max={maxQuantity ?? 999}
          defaultValue={state.values.quantity ?? "1"}
          error={message(state.errors.quantity)}
          className="add-to-cart__quantity"
        />
        <SubmitButton pendingLabel={t("adding")} className="button add-to-cart__button">
          {t("add")}
        </SubmitButton>
      </div>
      <AddedStatus ok={state.ok} done={t("added")} viewCart={t("viewCart")} />
    </form>
  );
}

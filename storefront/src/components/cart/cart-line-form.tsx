"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { changeLineAction } from "@/app/[locale]/cart/actions";
import { FormAlert, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { initialFormState } from "@/lib/form-state";

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
  const { formRef, message } = useFormFeedback(state);
  const id = `quantity-${lineId}`;
  // After a successful change the server's quantity is the truth; after an error, what was typed.
  const shown = state.ok || state.seq === 0 ? String(quantity) : (state.values.quantity ?? String(quantity));
  return (
    <form ref={formRef} action={action} className="cart-line__form" noValidate>
      <input type="hidden" name="line_id" value={lineId} />
      {variantId && <input type="hidden" name="variant_id" value={variantId} />}
      {state.formError && <FormAlert>{message(state.formError)}</FormAlert>}
      <TextField
        key={`${quantity}-${state.seq}`}
        id={id}
        name="quantity"
        type="number"
        inputMode="numeric"
        min={0}
        max={999}
        label={
          <>
            {t("quantity")}
            <span className="visually-hidden">, {productTitle}</span>
          </>
        }
        defaultValue={shown}
        error={message(state.errors.quantity)}
        className="cart-line__quantity"
      />
      <div className="cart-line__buttons">
        <SubmitButton name="intent" value="update" pendingLabel={t("updating")} className="button button--quiet button--small">
          {t("update")}
          <span className="visually-hidden"> {productTitle}</span>
        </SubmitButton>
        <SubmitButton name="intent" value="remove" pendingLabel={t("removing")} className="button button--text button--small">
          {t("remove")}
          <span className="visually-hidden"> {productTitle}</span>
        </SubmitButton>
      </div>
    </form>
  );
}

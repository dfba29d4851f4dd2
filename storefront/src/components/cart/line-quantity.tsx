import { TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";

// A cart line's number (pieces of a product, people of a booking) with Update and
// Remove, named for screen readers by the product: "Quantity, Golden camellia tea".

interface LineQuantityProps {
  id: string;
  name: string;
  label: string;
  productTitle: string;
  /** The number the cart holds. */
  saved: number;
  /** The form's last answer, and what was typed into it. */
  answer: { seq: number; ok: boolean };
  typed: string | undefined;
  min: number;
  max?: number;
  error: string | null;
  texts: { update: string; updating: string; remove: string; removing: string };
}

export function LineQuantity({ id, name, label, productTitle, saved, answer, typed, min, max, error, texts }: LineQuantityProps) {
  // After a successful change the server's number is the truth; after an error, what was typed.
  const shown = answer.ok || answer.seq === 0 ? String(saved) : (typed ?? String(saved));
  return (
    <>
      <TextField
        key={`${saved}-${answer.seq}`}
        id={id}
        name={name}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        label={
          <>
            {label}
            <span className="visually-hidden">, {productTitle}</span>
          </>
        }
        defaultValue={shown}
        error={error}
        className="cart-line__quantity"
      />
      <div className="cart-line__buttons">
        <SubmitButton name="intent" value="update" pendingLabel={texts.updating} className="button button--quiet button--small">
          {texts.update}
          <span className="visually-hidden"> {productTitle}</span>
        </SubmitButton>
        <SubmitButton name="intent" value="remove" pendingLabel={texts.removing} className="button button--text button--small">
          {texts.remove}
          <span className="visually-hidden"> {productTitle}</span>
        </SubmitButton>
      </div>
    </>
  );
}

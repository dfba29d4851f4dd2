import { cardSetup } from "@/lib/payments/server";
import type { PaymentChoice } from "@/lib/types";
import { PlaceOrderForm } from "./place-order-form";

interface PaymentStepProps {
  cartId: string;
  regionId: string;
  choices: readonly PaymentChoice[];
  /** The amount to pay, formatted in VND. */
  total: string;
  /** Paid in cash: the total with the carrier's collection fee, and the fee, formatted. */
  cod: { total: string; fee: string } | null;
}

/**
 * The checkout's payment step, rendered on the server: the offline methods, and cards when the
 * region offers Stripe (the publishable key is read here and handed to the card form).
 */
export async function PaymentStep({ cartId, regionId, choices, total, cod }: PaymentStepProps) {
  const card = await cardSetup(regionId);
  // Without an answer about cards the offline methods still work: the card option is left out.
  return <PlaceOrderForm cartId={cartId} choices={choices} total={total} cod={cod} card={card.ok ? card.data : null} />;
}

import "server-only";
import { backendConfig, getSdk, httpStatus } from "./medusa";

/** The kinds of accounts that reset their password on the storefront (admins use the dashboard). */
export type ResetActor = "customer" | "producer" | "partner";

export const RESET_ACTORS: readonly ResetActor[] = ["customer", "producer", "partner"];

/**
 * Asks the backend to e-mail a reset link (Medusa's /auth/{actor}/emailpass/reset-password). It
 * answers the same whether the address has an account or not; the e-mail comes in `locale`.
 */
export async function requestPasswordReset(actor: ResetActor, email: string, locale: string): Promise<boolean> {
  try {
    // Plain fetch: the route answers 201 with the text "Created", which the js-sdk cannot parse.
    const { baseUrl } = await backendConfig();
    const response = await fetch(`${baseUrl}/auth/${actor}/emailpass/reset-password`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ identifier: email, metadata: { locale } }),
      cache: "no-store",
    });
    if (response.ok) return true;
    console.error(`[storefront] asking for a password reset answered ${response.status}`);
    return false;
  } catch (error) {
    console.error("[storefront] asking for a password reset failed:", error instanceof Error ? error.message : error);
    return false;
  }
}

/** Sets the new password with the e-mailed token (single use, 15 minutes): "expired" when refused. */
export async function setNewPassword(actor: ResetActor, token: string, password: string): Promise<"ok" | "expired" | "backend"> {
  try {
    const sdk = await getSdk();
    await sdk.client.fetch(`/auth/${actor}/emailpass/update`, {
      method: "POST",
      body: { password },
      headers: { Authorization: `Bearer ${token}` },
    });
    return "ok";
  } catch (error) {
    if (httpStatus(error) === 401 || httpStatus(error) === 400) return "expired";
    console.error("[storefront] setting a new password failed:", error instanceof Error ? error.message : error);
    return "backend";
  }
}

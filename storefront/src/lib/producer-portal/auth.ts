import "server-only";
import { httpStatus } from "../medusa";
import { portalCall } from "../portal-client";

export type PortalAuth = { ok: true; token: string } | { ok: false; reason: "invalid" | "emailTaken" | "backend"; message?: string };

/** POST /auth/producer/emailpass: a member's token. */
export async function producerLogin(email: string, password: string): Promise<PortalAuth> {
  try {
    const { token } = await portalCall<{ token: string }>("/auth/producer/emailpass", { method: "POST", body: { email, password } });
    return { ok: true, token };
  } catch (error) {
    const status = httpStatus(error);
    if (status === 401 || status === 400) return { ok: false, reason: "invalid" };
    console.error("[storefront] producer login failed:", error instanceof Error ? error.message : error);
    return { ok: false, reason: "backend" };
  }
}

export interface ApplicationInput {
  email: string;
  password: string;
  legal_name: string;
  display_name?: string;
  kind: string;
  commune_code: string;
  tax_code: string;
  address?: string;
  contact: { name: string; phone: string };
}

/**
 * Sign-up: the login (registration token), then the application (a pending producer with its
 * owner), then a fresh login whose token reaches /producer/*. 400s come back with their message.
 */
export async function applyAsProducer({ email, password, ...application }: ApplicationInput): Promise<PortalAuth> {
  let registration: string;
  try {
    ({ token: registration } = await portalCall<{ token: string }>("/auth/producer/emailpass/register", {
      method: "POST",
      body: { email, password },
    }));
  } catch (error) {
    if (error instanceof Error && /exist/i.test(error.message)) return { ok: false, reason: "emailTaken" };
    console.error("[storefront] producer registration failed:", error instanceof Error ? error.message : error);
    return { ok: false, reason: "backend" };
  }
  try {
    await portalCall("/producer/applications", { method: "POST", token: registration, body: { ...application, contact: { ...application.contact, email } } });
  } catch (error) {
    if (httpStatus(error) === 400) return { ok: false, reason: "invalid", message: (error as Error).message };
    console.error("[storefront] producer application failed:", error instanceof Error ? error.message : error);
    return { ok: false, reason: "backend" };
  }
  return producerLogin(email, password);
}

/** Forgets the session on the backend (best effort: bearer tokens are stateless). */
export async function producerLogout(token: string): Promise<void> {
  await portalCall("/auth/session", { method: "DELETE", token }).catch(() => undefined);
}

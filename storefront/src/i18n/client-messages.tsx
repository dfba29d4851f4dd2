import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import type { Messages } from "./messages";
import { CLIENT_NAMESPACES, type ClientScope } from "./client-namespaces";
import { pageLocale } from "./locale";

/** Gives the client components below only the message namespaces of `scope` (src/i18n/client-namespaces.ts). */
export async function ClientMessages({ scope, children }: { scope: ClientScope; children: ReactNode }) {
  const messages = await getMessages();
  const namespaces: readonly (keyof Messages)[] = CLIENT_NAMESPACES[scope];
  // Object.fromEntries loses the keys' types; each value is the catalog's own for its key.
  const picked = Object.fromEntries(namespaces.map((namespace) => [namespace, messages[namespace]])) as Partial<Messages>;
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}

/** A route folder's layout that only narrows its client components' messages to `scope`. */
export function scopeLayout(scope: ClientScope) {
  return async function ScopeLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
    // Each layout names its locale itself: next-intl would otherwise read it from the request's
    // headers, which keeps the page out of the page cache (a 500 on a cached route).
    await pageLocale(params);
    return <ClientMessages scope={scope}>{children}</ClientMessages>;
  };
}

import type { Metadata } from "next";
import type { ReactNode } from "react";
import "@/components/producer-portal/portal.css";
import { ClientMessages } from "@/i18n/client-messages";

// Personal pages (cookies, tokens) render on every request and never enter the shared page cache.
export const dynamic = "force-dynamic";

// The portal is private to producers: never indexed.
export const metadata: Metadata = { robots: { index: false, follow: false } };

// Its client components get only the portal's message namespaces (src/i18n/client-namespaces.ts).
export default function ProducerPortalLayout({ children }: { children: ReactNode }) {
  return <ClientMessages scope="producer">{children}</ClientMessages>;
}

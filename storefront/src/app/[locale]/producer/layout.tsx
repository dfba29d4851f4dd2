import type { Metadata } from "next";
import type { ReactNode } from "react";
import "@/components/producer-portal/portal.css";

// The portal is private to producers: never indexed.
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default function ProducerPortalLayout({ children }: { children: ReactNode }) {
  return children;
}

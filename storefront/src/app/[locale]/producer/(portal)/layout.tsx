import type { ReactNode } from "react";
import { PortalShell } from "@/components/producer-portal/portal-shell";
import { pageLocale } from "@/i18n/locale";
import { requireMe } from "@/lib/producer-portal/data";

interface Props {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}

/**
 * The signed-in portal (this route group; login, apply and reset-password stay outside it): the login is
 * checked and the shell drawn here once. Next does not render a layout again when the member moves between
 * its pages, so the pages' own reads still send a lapsed login to the login page (pageRead, requireMe).
 */
export default async function SignedInPortalLayout({ children, params }: Props) {
  const locale = await pageLocale(params);
  const me = await requireMe(locale);
  return (
    <PortalShell me={me} locale={locale}>
      {children}
    </PortalShell>
  );
}

"use client";

import { Link, usePathname } from "@/i18n/navigation";
import { currentSectionHref } from "@/lib/producer-portal/sections";

/**
 * The portal's section links. The shell is drawn once by the portal's layout, which does not know the
 * page (and is not rendered again when the member moves between pages): the current section is read
 * from the address, without its /vi or /en.
 */
export function PortalNav({ sections }: { sections: Array<{ href: string; label: string }> }) {
  const current = currentSectionHref(usePathname(), sections.map((s) => s.href));
  return (
    <ul className="container pp-nav__list">
      {sections.map((s) => (
        <li key={s.href}>
          <Link href={s.href} className="pp-nav__link" aria-current={s.href === current ? "page" : undefined}>
            {s.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}

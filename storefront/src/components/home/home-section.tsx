import type { ReactNode } from "react";
import { Link } from "@/i18n/navigation";

interface HomeSectionProps {
  id: string;
  title: string;
  intro?: string;
  /** A link to everything the section samples, e.g. the search filtered to five stars. */
  more?: { href: string; label: string };
  children: ReactNode;
}

/** One shelf of the home page: a titled section with an optional "see all" link. */
export function HomeSection({ id, title, intro, more, children }: HomeSectionProps) {
  return (
    <section className="container section" aria-labelledby={`${id}-title`}>
      <div className="section__head">
        <h2 id={`${id}-title`}>{title}</h2>
        {intro && <p className="section__intro">{intro}</p>}
        {more && (
          <Link href={more.href} className="section__more">
            {more.label}
          </Link>
        )}
      </div>
      {children}
    </section>
  );
}

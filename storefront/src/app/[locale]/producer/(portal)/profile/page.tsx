import type { Metadata } from "next";
import { getProducerKind } from "@ocop/core";
import { getTranslations } from "next-intl/server";
import { PortalTitle } from "@/components/producer-portal/portal-shell";
import { ProfileForm } from "@/components/producer-portal/profile-form";
import { pageLocale } from "@/i18n/locale";
import { requireMe } from "@/lib/producer-portal/data";

interface Props {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "ProducerPortal" });
  return { title: t("nav.profile") };
}

export default async function ProducerProfilePage({ params }: Props) {
  const locale = await pageLocale(params);
  const me = await requireMe(locale);
  const t = await getTranslations({ locale, namespace: "ProducerPortal" });
  const p = me.producer;
  return (
    <>
      <PortalTitle>{t("profile.title")}</PortalTitle>
      <div className="pp-columns pp-columns--wide">
        <section className="panel pp-panel" aria-labelledby="pp-profile-edit">
          <h2 id="pp-profile-edit">{t("profile.public")}</h2>
          {me.member.role === "owner" ? <ProfileForm producer={p} /> : <p className="pp-empty">{t("profile.ownerOnly")}</p>}
        </section>
        <section className="panel pp-panel" aria-labelledby="pp-profile-legal">
          <h2 id="pp-profile-legal">{t("profile.legal")}</h2>
          <p className="panel__intro">{t("profile.legalIntro")}</p>
          <dl className="pp-facts">
            <div>
              <dt>{t("fields.legalName")}</dt>
              <dd>{p.legal_name}</dd>
            </div>
            <div>
              <dt>{t("fields.kind")}</dt>
              <dd>{getProducerKind(p.kind)?.[locale] ?? p.kind}</dd>
            </div>
            <div>
              <dt>{t("fields.taxCode")}</dt>
              <dd>{p.tax_code ?? "—"}</dd>
            </div>
            <div>
              <dt>{t("fields.commune")}</dt>
              <dd>
                {p.commune_name ?? p.commune_code}
                {p.historic_locality ? ` (${p.historic_locality})` : ""}
              </dd>
            </div>
            <div>
              <dt>{t("profile.status")}</dt>
              <dd>{t(`status.${p.status}`)}</dd>
            </div>
            <div>
              <dt>{t("profile.commission")}</dt>
              <dd>{Math.round(p.commission_rate * 10000) / 100}%</dd>
            </div>
            <div>
              <dt>{t("profile.stockLocation")}</dt>
              <dd>{p.stock_location?.name ?? "—"}</dd>
            </div>
            <div>
              <dt>{t("profile.member")}</dt>
              <dd>
                {me.member.name} ({me.member.email})
              </dd>
            </div>
          </dl>
        </section>
      </div>
    </>
  );
}

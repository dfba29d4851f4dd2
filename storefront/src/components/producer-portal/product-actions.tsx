"use client";

import { PRODUCT_GROUPS } from "@ocop/core";
import { useLocale, useTranslations } from "next-intl";
import { archiveProductAction, certificateRequestAction } from "./actions";
import type { CommuneGroup } from "@/components/checkout/commune-options";
import { SelectField, TextField } from "@/components/forms/fields";
import { CommuneSelect } from "./commune-select";
import { PortalForm } from "./portal-form";

/** A new certificate, or a change of stars: a request the marketplace verifies before shoppers see it. */
export function CertificateRequestForm({
  productId,
  group,
  communeCode,
  communes,
}: {
  productId: string;
  group: string | null;
  communeCode: string;
  communes: CommuneGroup[];
}) {
  const t = useTranslations("ProducerPortal");
  const locale = useLocale() as "vi" | "en";
  return (
    <PortalForm action={certificateRequestAction} submitLabel={t("certificate.submit")} pendingLabel={t("saving")} resetOnSuccess>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={productId} />
      <div className="pp-grid-2">
        <SelectField id="pp-cert-stars" name="stars" label={t("certificate.stars")} defaultValue="4">
          {[3, 4, 5].map((s) => (
            <option key={s} value={s}>
              {"★".repeat(s)} ({s})
            </option>
          ))}
        </SelectField>
        <TextField id="pp-cert-score" name="score" label={t("certificate.score")} labelNote={t("optional")} inputMode="numeric" />
      </div>
      <SelectField id="pp-cert-group" name="group" label={t("productForm.group")} defaultValue={group ?? "food"}>
        {PRODUCT_GROUPS.map((g) => (
          <option key={g.slug} value={g.slug}>
            {g.number}. {g[locale]}
          </option>
        ))}
      </SelectField>
      <div className="pp-grid-2">
        <TextField id="pp-cert-decision" name="decision_number" label={t("certificate.decisionNumber")} placeholder="1234/QĐ-UBND" required />
        <TextField id="pp-cert-date" name="decision_date" type="date" label={t("certificate.decisionDate")} required />
      </div>
      <SelectField id="pp-cert-level" name="issuing_level" label={t("certificate.level")} defaultValue="province">
        {(["district", "province", "national"] as const).map((level) => (
          <option key={level} value={level}>
            {t(`certificate.levels.${level}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        id="pp-cert-authority"
        name="issuing_authority"
        label={t("certificate.authority")}
        defaultValue={t("certificate.authorityDefault")}
        required
      />
      <CommuneSelect id="pp-cert-commune" label={t("fields.commune")} communes={communes} defaultValue={communeCode} />
    </PortalForm>
  );
}

export function ArchiveForm({ productId }: { productId: string }) {
  const t = useTranslations("ProducerPortal");
  const locale = useLocale();
  return (
    <PortalForm action={archiveProductAction} submitLabel={t("archive.submit")} pendingLabel={t("saving")} buttonClassName="button button--quiet">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={productId} />
    </PortalForm>
  );
}

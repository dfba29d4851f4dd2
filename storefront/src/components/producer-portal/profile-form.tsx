"use client";

import { useLocale, useTranslations } from "next-intl";
import { updateProfileAction } from "./actions";
import { TextField } from "@/components/forms/fields";
import type { PortalMe } from "@/lib/producer-portal/types";
import { PortalForm } from "./portal-form";

/** What shoppers see of the producer; legal data, status and commission are the marketplace's. */
export function ProfileForm({ producer }: { producer: PortalMe["producer"] }) {
  const t = useTranslations("ProducerPortal");
  const locale = useLocale();
  return (
    <PortalForm action={updateProfileAction} submitLabel={t("productForm.save")} pendingLabel={t("saving")}>
      <input type="hidden" name="locale" value={locale} />
      <TextField id="pp-display" name="display_name" label={t("fields.displayName")} defaultValue={producer.display_name ?? ""} required />
      <div className="field">
        <label htmlFor="pp-story-vi">{t("profile.storyVi")}</label>
        <textarea id="pp-story-vi" name="story_vi" rows={4} defaultValue={producer.story_vi ?? ""} />
      </div>
      <div className="field">
        <label htmlFor="pp-story-en">{t("profile.storyEn")}</label>
        <textarea id="pp-story-en" name="story_en" rows={4} defaultValue={producer.story_en ?? ""} />
      </div>
      <TextField id="pp-profile-email" name="email" type="email" label={t("fields.email")} defaultValue={producer.email ?? ""} />
      <TextField id="pp-profile-phone" name="phone" type="tel" label={t("fields.phone")} defaultValue={producer.phone ?? ""} />
      <TextField id="pp-profile-web" name="website" type="url" label={t("fields.website")} defaultValue={producer.website ?? ""} />
    </PortalForm>
  );
}

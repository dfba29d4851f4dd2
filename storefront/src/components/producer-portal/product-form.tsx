"use client";

import { PRODUCT_GROUPS } from "@ocop/core";
import { useLocale, useTranslations } from "next-intl";
import { createProductAction, updateProductAction } from "./actions";
import { SelectField, TextField } from "@/components/forms/fields";
import type { PortalProduct } from "@/lib/producer-portal/types";
import { ImagePicker } from "./image-picker";
import { PortalForm } from "./portal-form";

const NEW_ROWS = 3;

/** Create (no product) or edit a product: text, group, picture, publish, variants with VND prices (and stock when new). */
export function ProductForm({ product, canPublish }: { product?: PortalProduct; canPublish: boolean }) {
  const t = useTranslations("ProducerPortal");
  const locale = useLocale() as "vi" | "en";
  const editing = !!product;
  return (
    <PortalForm
      action={editing ? updateProductAction : createProductAction}
      submitLabel={editing ? t("productForm.save") : t("productForm.create")}
      pendingLabel={t("saving")}
    >
      <input type="hidden" name="locale" value={locale} />
      {product && <input type="hidden" name="id" value={product.id} />}
      <fieldset className="pp-fieldset">
        <legend>{t("productForm.vietnamese")}</legend>
        <TextField id="pp-title" name="title" label={t("productForm.title")} defaultValue={product?.title ?? ""} required maxLength={200} />
        <TextField id="pp-subtitle" name="subtitle" label={t("productForm.subtitle")} labelNote={t("optional")} defaultValue={product?.subtitle ?? ""} maxLength={500} />
        <div className="field">
          <label htmlFor="pp-description">{t("productForm.description")}</label>
          <textarea id="pp-description" name="description" rows={4} defaultValue={product?.description ?? ""} maxLength={10_000} />
        </div>
      </fieldset>
      {/* English texts: stored as the product's en-US translation, shown on /en (issue #19). */}
      <fieldset className="pp-fieldset">
        <legend>{t("productForm.english")}</legend>
        <p className="field__hint">{t("productForm.englishHint")}</p>
        <TextField id="pp-title-en" name="title_en" label={t("productForm.titleEn")} labelNote={t("optional")} defaultValue={product?.title_en ?? ""} maxLength={200} />
        <TextField id="pp-subtitle-en" name="subtitle_en" label={t("productForm.subtitleEn")} labelNote={t("optional")} defaultValue={product?.subtitle_en ?? ""} maxLength={500} />
        <div className="field">
          <label htmlFor="pp-description-en">{t("productForm.descriptionEn")}</label>
          <textarea id="pp-description-en" name="description_en" rows={4} defaultValue={product?.description_en ?? ""} maxLength={10_000} />
        </div>
      </fieldset>
      <SelectField id="pp-group" name="group" label={t("productForm.group")} defaultValue={product?.group ?? "food"}>
        {PRODUCT_GROUPS.map((g) => (
          <option key={g.slug} value={g.slug}>
            {g.number}. {g[locale]}
          </option>
        ))}
      </SelectField>
      {/* A new product takes one picture here; once it exists, its photos are managed beside the form (photo-manager.tsx). */}
      {!editing && <ImagePicker initialUrl={null} />}

      <fieldset className="pp-fieldset">
        <legend>{t("productForm.variants")}</legend>
        <p className="field__hint">{editing ? t("productForm.pricesHint") : t("productForm.variantsHint")}</p>
        {product
          ? product.variants.map((v, i) => (
              <TextField
                key={v.id}
                id={`pp-price-${i}`}
                name={`price:${v.id}`}
                label={t("productForm.priceOf", { variant: v.title })}
                inputMode="numeric"
                defaultValue={v.price !== null ? String(v.price) : ""}
              />
            ))
          : Array.from({ length: NEW_ROWS }, (_, i) => (
              <div key={i} className="pp-variant-row">
                <TextField
                  id={`pp-vtitle-${i}`}
                  name={`title_${i}`}
                  label={t("productForm.variantTitle")}
                  labelNote={i === 0 ? t("productForm.variantTitleNote") : t("optional")}
                  placeholder={i === 0 ? t("productForm.variantExample") : undefined}
                />
                <TextField id={`pp-price-${i}`} name={`price_${i}`} label={t("productForm.price")} inputMode="numeric" placeholder="250000" required={i === 0} />
                <TextField id={`pp-stock-${i}`} name={`stock_${i}`} label={t("productForm.stock")} inputMode="numeric" placeholder="0" />
              </div>
            ))}
      </fieldset>

      <div className="field pp-check">
        <input
          id="pp-publish"
          name="publish"
          type="checkbox"
          defaultChecked={product ? product.status === "published" : canPublish}
          disabled={!canPublish}
          aria-describedby="pp-publish-hint"
        />
        <label htmlFor="pp-publish">{t("productForm.publish")}</label>
        <p id="pp-publish-hint" className="field__hint">
          {canPublish ? t("productForm.publishHint") : t("productForm.cannotPublish")}
        </p>
      </div>
    </PortalForm>
  );
}

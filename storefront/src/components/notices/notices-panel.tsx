import { getFormatter, getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import type { NoticeList, NoticePreferences } from "@/lib/producer-portal/types";
import styles from "./notices.module.css";

type FormAction = (form: FormData) => Promise<void>;

/** The unread count beside a portal's "Notices" link (nothing when all are read). */
export async function NoticeCount({ locale, unread }: { locale: AppLocale; unread: number }) {
  if (unread <= 0) return null;
  const t = await getTranslations({ locale, namespace: "Notices" });
  return (
    <span className={styles.count} data-unread={unread} aria-label={t("bell", { count: unread })}>
      {unread}
    </span>
  );
}

/**
 * A portal member's notices, newest first (unread ones marked, each can be marked read, or all),
 * and the e-mail settings: the language and the optional kinds (unticked = no e-mail). Plain forms.
 */
export async function NoticesPanel(props: {
  locale: AppLocale;
  list: NoticeList;
  preferences: NoticePreferences;
  saved: boolean;
  markRead: FormAction;
  savePreferences: FormAction;
}) {
  const { locale, list, preferences } = props;
  const t = await getTranslations({ locale, namespace: "Notices" });
  const format = await getFormatter({ locale });
  return (
    <>
      <section aria-labelledby="notices-list">
        <h2 id="notices-list" data-unread-count={list.unread}>
          {t("unread", { count: list.unread })}
        </h2>
        {list.unread > 0 && (
          <form action={props.markRead}>
            <input type="hidden" name="locale" value={locale} />
            <button type="submit" className="button button--quiet button--small">
              {t("markAll")}
            </button>
          </form>
        )}
        {list.notices.length === 0 ? (
          <p>{t("empty")}</p>
        ) : (
          <ul className={styles.list}>
            {list.notices.map((n) => (
              <li key={n.id} className={n.read_at ? styles.item : `${styles.item} ${styles.unread}`} data-notice={n.kind ?? ""}>
                <p className={styles.title}>
                  {!n.read_at && <span className={styles.count}>{t("new")}</span>} {n.title}
                </p>
                <p className={styles.body}>{n.description}</p>
                <p className={styles.when}>{format.dateTime(new Date(n.created_at), { dateStyle: "medium", timeStyle: "short" })}</p>
                {!n.read_at && (
                  <form action={props.markRead}>
                    <input type="hidden" name="locale" value={locale} />
                    <input type="hidden" name="id" value={n.id} />
                    <button type="submit" className="button button--quiet button--small">
                      {t("markRead")}
                    </button>
                  </form>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="notice-settings" className={styles.settings}>
        <h2 id="notice-settings">{t("preferences")}</h2>
        <p>{t("preferencesIntro")}</p>
        {props.saved && <p className="notice notice--success">{t("saved")}</p>}
        <form action={props.savePreferences}>
          <input type="hidden" name="locale" value={locale} />
          <label htmlFor="notice-language">{t("language")}</label>
          <select id="notice-language" name="language" defaultValue={preferences.locale}>
            <option value="vi">{t("languages.vi")}</option>
            <option value="en">{t("languages.en")}</option>
          </select>
          <fieldset>
            <legend>{t("emailFor")}</legend>
            {preferences.optional.map((kind) => (
              <label key={kind}>
                <input type="hidden" name="optional" value={kind} />
                <input type="checkbox" name="on" value={kind} defaultChecked={!preferences.off.includes(kind)} />{" "}
                {/* A kind newer than these messages shows as named; next-intl types keys as a literal union. */}
                {t.has(`kinds.${kind}` as never) ? t(`kinds.${kind}` as never) : kind}
              </label>
            ))}
          </fieldset>
          <button type="submit" className="button">
            {t("save")}
          </button>
        </form>
      </section>
    </>
  );
}

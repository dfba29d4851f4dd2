import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The text-search configuration for Vietnamese: `medusa_search_ocop_vi`, a copy of `simple` (no
 * stemming, no stopwords: English ones would drop Vietnamese syllables such as "to" in "Cô Tô")
 * with every word token mapped through `unaccent` first. PostgreSQL's unaccent rules fold the
 * Vietnamese vowels and map đ/Đ (and the look-alike ð/Ð) to d, so "Đạp Thanh" is indexed and
 * queried as "dap thanh".
 *
 * The extensions are created here too (the Search Module's PostgreSQL provider creates them as
 * well; whichever migration runs first wins). On a server where `unaccent` cannot be installed
 * the configuration is still created, without it: documents and queries are folded in JavaScript
 * before they reach PostgreSQL anyway (src/search/lib/text.ts).
 */
export class Migration20261129151500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      DO $$
      BEGIN
        BEGIN
          CREATE EXTENSION IF NOT EXISTS unaccent;
        EXCEPTION WHEN OTHERS THEN
          RAISE NOTICE 'ocop-search: could not enable unaccent (%).', SQLERRM;
        END;
        BEGIN
          CREATE EXTENSION IF NOT EXISTS pg_trgm;
        EXCEPTION WHEN OTHERS THEN
          RAISE NOTICE 'ocop-search: could not enable pg_trgm (%).', SQLERRM;
        END;
        IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'medusa_search_ocop_vi') THEN
          CREATE TEXT SEARCH CONFIGURATION medusa_search_ocop_vi (COPY = simple);
        END IF;
        IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'unaccent') THEN
          ALTER TEXT SEARCH CONFIGURATION medusa_search_ocop_vi
            ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part,
                              numword, numhword, hword_numpart
            WITH unaccent, simple;
        END IF;
      END
      $$;
    `)
  }

  override async down(): Promise<void> {
    this.addSql(`DROP TEXT SEARCH CONFIGURATION IF EXISTS medusa_search_ocop_vi;`)
  }
}

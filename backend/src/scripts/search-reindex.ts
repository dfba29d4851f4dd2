import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { progressBar, reindexProducts, type ReindexProgress } from "../search/lib/reindex"

/**
 * `npm run search:reindex [-- --in-place]`: rebuilds the OCOP product search index from the
 * database, with a progress bar. Run it after bulk loads (a seeding process can exit with index
 * events still in flight) or after changing what the index holds. By default a new version is
 * built beside the live one and swapped in when complete, so search keeps answering meanwhile;
 * `--in-place` rewrites the live version instead (cheaper, but search is incomplete meanwhile).
 */
export default async function searchReindex({ container, args }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const inPlace = (args ?? []).includes("--in-place")
  const tty = process.stderr.isTTY
  let lastLine = 0
  let lastDecile = -1

  const draw = (progress: ReindexProgress, final = false) => {
    const line = progressBar(progress)
    if (tty) {
      process.stderr.write(`\r${line}${final ? "\n" : ""}`)
      return
    }
    // Not a terminal (CI, logs): one line per 10%, and the last one (once).
    const decile = progress.total ? Math.floor((progress.scanned / progress.total) * 10) : 10
    if (final && lastDecile === 10) return
    if (final || (decile !== lastDecile && Date.now() - lastLine > 250)) {
      process.stderr.write(`${line}\n`)
      lastDecile = decile
      lastLine = Date.now()
    }
  }

  logger.info(`Rebuilding the product search index (${inPlace ? "in place" : "new version, swapped in when complete"})…`)
  const result = await reindexProducts(container, {
    strategy: inPlace ? "in_place" : "swap",
    onProgress: (progress) => draw(progress),
  })
  draw({ scanned: result.total, indexed: result.indexed, total: result.total, elapsedMs: result.elapsedMs }, true)
  logger.info(
    `Product search index rebuilt: ${result.indexed} findable of ${result.total} products in ${(result.elapsedMs / 1000).toFixed(1)} s ` +
      `(the others are drafts, uncertified or expired, or of producers that are not active).`
  )
}

// First-load JavaScript of every page route of a Next build, gzipped (-9): the root main files plus
// the route's entry chunks from its client reference manifest. Read by `npm run bench:storefront`
// and by the storefront's test of the 180 KB limit (storefront/test/first-load-js.test.ts).
import fs from "node:fs"
import path from "node:path"
import zlib from "node:zlib"

function gzipSize(file) {
  return zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length
}

/** Map of route (e.g. "/[locale]/checkout") → KB gzipped, for the build in `distDir`. */
export function firstLoadJs(distDir) {
  const build = JSON.parse(fs.readFileSync(path.join(distDir, "build-manifest.json"), "utf8"))
  const routes = JSON.parse(fs.readFileSync(path.join(distDir, "app-path-routes-manifest.json"), "utf8"))
  const out = new Map()
  for (const [entry, route] of Object.entries(routes)) {
    if (!entry.endsWith("/page")) continue
    const manifestFile = path.join(distDir, "server", "app", `${entry}_client-reference-manifest.js`)
    if (!fs.existsSync(manifestFile)) continue
    const sandbox = { __RSC_MANIFEST: {} }
    new Function("globalThis", fs.readFileSync(manifestFile, "utf8"))(sandbox)
    const manifest = sandbox.__RSC_MANIFEST[entry]
    const chunks = new Set(build.rootMainFiles)
    for (const files of Object.values(manifest?.entryJSFiles ?? {})) for (const file of files) chunks.add(file)
    let bytes = 0
    for (const chunk of chunks) bytes += gzipSize(path.join(distDir, chunk.replace(/^\/?_next\//, "")))
    out.set(route, bytes / 1024)
  }
  return out
}

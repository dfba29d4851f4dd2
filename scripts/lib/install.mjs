// Installs the workspace's packages when they are missing or older than the lock file.
import fs from "node:fs"
import path from "node:path"
import { spawnSync } from "node:child_process"
import { fail } from "./fail.mjs"

export function ensureInstalled(root) {
  const marker = path.join(root, "node_modules", ".package-lock.json")
  const lock = path.join(root, "package-lock.json")
  const fresh = fs.existsSync(marker) && fs.statSync(marker).mtimeMs >= fs.statSync(lock).mtimeMs
  if (fresh) return false
  const command = fs.existsSync(path.join(root, "node_modules")) ? "install" : "ci"
  console.log(`Installing packages (npm ${command}); the first time takes a few minutes…`)
  const result = spawnSync("npm", [command, "--no-audit", "--no-fund"], { cwd: root, stdio: "inherit" })
  if (result.status !== 0) fail(`npm ${command} failed (see above). Check the network to the npm registry and run 'npm start' again.`)
  return true
}

// Once per e2e run: the extension build (if stale) and the compose fixtures, before any browser starts.
import { ensureExtensionBuilt } from "./extension-launch"
import { buildComposeFixtures } from "./fixtures/compose/build-compose-fixtures"

export default function setup(): void {
  ensureExtensionBuilt("ifStale")
  buildComposeFixtures()
  // Test files then only check that the build exists: a source edit mid-run must not rebuild under them.
  process.env.POSTGUARD_E2E_BUILD_CHECKED = "1"
}

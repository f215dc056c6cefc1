#!/usr/bin/env node
// Runs the bundled CLI (npm run build:cli, also run by `prepare` on npm ci / npm install).
const { existsSync } = require("node:fs")
const { join } = require("node:path")

const bundle = join(__dirname, "..", "dist", "cli.cjs")
if (!existsSync(bundle)) {
  process.stderr.write("postguard: the CLI is not built yet. Run `npm run build:cli` in the project folder.\n")
  process.exit(2)
}
require(bundle)

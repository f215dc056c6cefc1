// npm run eval -- FILE.jsonl [FILE.jsonl ...] [--pack PATH] [--errors]
import { readFileSync } from "node:fs"

import { reddingPack } from "../engine/packs/redding"
import { parsePolicyPack, type PolicyPack } from "../engine/packs/schema"
import { evaluate, formatEvaluation } from "./evaluation"
import { parseDraftLines, type DraftLine } from "./jsonl-drafts"

function fail(message: string): never {
  process.stderr.write(`postguard eval: ${message}\n`)
  process.exit(2)
}

const args = process.argv.slice(2)
const files: string[] = []
let pack: PolicyPack = reddingPack
let showErrors = false
for (let index = 0; index < args.length; index++) {
  const arg = args[index]
  if (arg === "--errors") showErrors = true
  else if (arg === "--pack") {
    const path = args[++index] ?? fail("--pack needs a path")
    try {
      pack = parsePolicyPack(JSON.parse(readFileSync(path, "utf8")))
    } catch (error) {
      fail(`cannot use pack ${path}: ${(error as Error).message}`)
    }
  } else if (arg.startsWith("--")) fail(`unknown option ${arg}`)
  else files.push(arg)
}
if (files.length === 0) fail("usage: npm run eval -- FILE.jsonl [FILE.jsonl ...] [--pack PATH] [--errors]")

const lines: DraftLine[] = []
for (const file of files) {
  let content: string
  try {
    content = readFileSync(file, "utf8")
  } catch (error) {
    fail(`cannot read ${file}: ${(error as Error).message}`)
  }
  lines.push(...parseDraftLines(content))
}
process.stdout.write(`${formatEvaluation(evaluate(lines, pack), showErrors)}\n`)

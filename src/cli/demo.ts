// `npm start`: after the build, check the training scenarios with the built-in Redding pack and
// say where the built extension is. A quick look at what PostGuard does, no browser needed.
import { existsSync } from "node:fs"

import { analyze } from "../engine/analyze"
import { reddingPack } from "../engine/packs/redding"
import { SCENARIOS, scenarioDraft } from "../ui/sandbox/scenarios"

const verdictMark = { block: "BLOCK", warn: "warn ", info: "info ", clean: "ok   " } as const

let blocked = 0
for (const scenario of SCENARIOS) {
  const findings = analyze(scenarioDraft(scenario), reddingPack)
  const worst = findings.some((finding) => finding.severity === "block") ? "block" : findings.some((finding) => finding.severity === "warn") ? "warn" : findings.length ? "info" : "clean"
  if (worst === "block") blocked++
  process.stdout.write(`${verdictMark[worst]}  [${scenario.platform}] ${scenario.title.en}\n        ${scenario.text.length > 110 ? `${scenario.text.slice(0, 107)}...` : scenario.text}\n`)
  for (const finding of findings.filter((finding) => finding.severity !== "info")) {
    process.stdout.write(`        - ${finding.severity} ${finding.ruleId} (${finding.citation.source} ${finding.citation.clause})${finding.excerpt ? ` "${finding.excerpt}"` : ""}: ${finding.message}\n`)
  }
}
process.stdout.write(`\n${SCENARIOS.length} sample drafts checked with the ${reddingPack.agencyName} pack: ${blocked} would be stopped before posting.\n`)
for (const target of ["chrome-mv3-prod", "firefox-mv3-prod"]) {
  const path = `build/${target}`
  process.stdout.write(existsSync(`${path}/manifest.json`) ? `Extension built: ${path} (load it unpacked)\n` : `Extension not built at ${path}: run npm run build\n`)
}
process.stdout.write("Try a draft yourself: echo 'your draft' | npx postguard check -\n")

import { launchExtension } from "../extension-launch"
async function main() {
  const ext = await launchExtension({})
  const page = await ext.context.newPage()
  page.on("console", (m) => console.log("console:", m.type(), m.text()))
  page.on("pageerror", (e) => console.log("pageerror:", e.message))
  await page.goto(`chrome-extension://${ext.extensionId}/${process.argv[2] ?? "options.html"}`)
  await page.waitForTimeout(4000)
  console.log((await page.content()).slice(0, 1500))
  await page.screenshot({ path: "/tmp/h9/dbg.png" })
  await ext.close()
}
main().catch((e) => { console.error(e); process.exit(1) })

// What every postguard command shares: injected input/output (so tests need no process), usage
// errors (exit 2), reading FILE or "-" and loading a --pack file.
import { readFileSync } from "node:fs"
import { parseArgs, type ParseArgsConfig } from "node:util"

import { reddingPack } from "../engine/packs/redding"
import { PackValidationError, parsePolicyPack, type PolicyPack } from "../engine/packs/schema"

export const EXIT_OK = 0
export const EXIT_BLOCKED = 1
export const EXIT_BAD_INPUT = 2

export interface CommandIo {
  stdout(text: string): void
  stderr(text: string): void
  readStdin(): Promise<string>
  readFile(path: string): string
}

export type Command = (args: string[], io: CommandIo) => Promise<number>

/** Bad input: the message goes to stderr and the command exits 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = "UsageError"
  }
}

export const nodeIo: CommandIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFileSync(path, "utf8"),
  async readStdin() {
    const chunks: Buffer[] = []
    for await (const chunk of process.stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk)
    return Buffer.concat(chunks).toString("utf8")
  }
}

/** node:util parseArgs, with its errors (unknown flag, missing value) turned into usage errors. */
export function parseCommandArgs<const Options extends NonNullable<ParseArgsConfig["options"]>>(args: string[], options: Options) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true })
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional argument.*$/s, "."))
  }
}

/** Reads FILE, or standard input for "-"; empty input is bad input. */
export async function readInput(source: string | undefined, io: CommandIo, what = "draft"): Promise<string> {
  if (source === undefined) throw new UsageError(`give a ${what} file, or - to read standard input`)
  let text: string
  if (source === "-") {
    text = await io.readStdin()
  } else {
    try {
      text = io.readFile(source)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      throw new UsageError(code === "ENOENT" ? `no such file: ${source}` : `cannot read ${source}: ${(error as Error).message}`)
    }
  }
  if (!text.trim()) throw new UsageError(`the ${what} is empty${source === "-" ? " (nothing on standard input)" : `: ${source}`}`)
  return text
}

/** The pack from --pack PATH (validated; errors name the bad field), or the built-in pack. */
export function loadPack(path: string | undefined, io: CommandIo): PolicyPack {
  if (path === undefined) return reddingPack
  let raw: string
  try {
    raw = io.readFile(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new UsageError(code === "ENOENT" ? `no such pack file: ${path}` : `cannot read pack ${path}: ${(error as Error).message}`)
  }
  let json: unknown
  try {
    json = JSON.parse(raw)
  } catch (error) {
    throw new UsageError(`pack ${path} is not valid JSON: ${(error as Error).message}`)
  }
  try {
    return parsePolicyPack(json)
  } catch (error) {
    if (error instanceof PackValidationError) {
      const fields = error.issues.map((issue) => `  ${issue.field}: ${issue.reason}`).join("\n")
      throw new UsageError(`pack ${path} is not a valid policy pack:\n${fields}`)
    }
    throw error
  }
}

export function oneOf<const Values extends readonly string[]>(value: string | undefined, values: Values, flag: string): Values[number] | undefined {
  if (value === undefined) return undefined
  if (!(values as readonly string[]).includes(value)) throw new UsageError(`${flag} must be one of ${values.join(", ")} (got "${value}")`)
  return value as Values[number]
}

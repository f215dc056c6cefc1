// The postguard command: a small dispatcher over one module per subcommand.
import { CHECK_USAGE, runCheck } from "./check-command"
import { EXIT_BAD_INPUT, EXIT_OK, UsageError, nodeIo, type Command, type CommandIo } from "./cli-io"
import { PROFILE_USAGE, runProfile } from "./profile-command"
import { RULES_USAGE, runRules } from "./rules-command"

const COMMANDS: Record<string, Command> = { check: runCheck, rules: runRules, profile: runProfile }

const USAGE = `PostGuard: checks social-media drafts against the agency's policy before posting.

${CHECK_USAGE}

${RULES_USAGE}

${PROFILE_USAGE}`

export async function main(args: string[], io: CommandIo): Promise<number> {
  const [name, ...rest] = args
  if (name === undefined || name === "help" || name === "--help" || name === "-h") {
    io.stdout(`${USAGE}\n`)
    return name === undefined ? EXIT_BAD_INPUT : EXIT_OK
  }
  const command = COMMANDS[name]
  if (!command) {
    io.stderr(`postguard: unknown command "${name}" (commands: ${Object.keys(COMMANDS).join(", ")}; try postguard help)\n`)
    return EXIT_BAD_INPUT
  }
  try {
    return await command(rest, io)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    io.stderr(`postguard ${name}: ${error.message}\n`)
    return EXIT_BAD_INPUT
  }
}

main(process.argv.slice(2), nodeIo).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`postguard: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    process.exitCode = 3
  }
)

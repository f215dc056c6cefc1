// An in-memory CommandIo: files from a map, stdin from a string, output captured.
import type { CommandIo } from "~/cli/cli-io"

export interface TestIo extends CommandIo {
  out: () => string
  err: () => string
}

export function testIo(files: Record<string, string> = {}, stdin = ""): TestIo {
  let out = ""
  let err = ""
  return {
    stdout: (text) => {
      out += text
    },
    stderr: (text) => {
      err += text
    },
    readStdin: async () => stdin,
    readFile: (path) => {
      if (!(path in files)) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: "ENOENT" })
      return files[path]
    },
    out: () => out,
    err: () => err
  }
}

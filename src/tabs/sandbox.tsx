import { SandboxPage } from "~/ui/sandbox/SandboxPage"

import "~/ui/popup/popup.css"
import "~/ui/sandbox/sandbox.css"

export default SandboxPage

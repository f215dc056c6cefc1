import { OptionsPage } from "~/ui/options/OptionsPage"

import "~/ui/options/options.css"

export default OptionsPage

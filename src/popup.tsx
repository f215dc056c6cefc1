import { PopupPage } from "~/ui/popup/PopupPage"

import "~/ui/popup/popup.css"

export default PopupPage

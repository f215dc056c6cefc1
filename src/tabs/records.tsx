import { RecordsPage } from "~/ui/records/RecordsPage"

import "~/ui/popup/popup.css"
import "~/ui/records/records.css"

export default RecordsPage

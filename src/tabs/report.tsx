import { ReportPage } from "~/ui/report/ReportPage"

import "~/ui/popup/popup.css"
import "~/ui/report/report.css"

export default ReportPage

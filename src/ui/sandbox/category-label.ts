import type { Category } from "~/engine/types"

import { t } from "../i18n"

/** Locale keys cannot hold hyphens: "personal-use" reads from category_personal_use. */
export function categoryLabel(category: Category): string {
  return t(`category_${category.replace(/-/g, "_")}`)
}

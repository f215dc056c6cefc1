// Words that name a whole group of people by a class the City's policy protects, for rules that
// look for demeaning generalisations ("old people are a menace"). Plural and collective forms
// only: a single person described ("Hispanic male, 30s") is not a group.

export type ProtectedClass =
  | "race or color"
  | "national origin"
  | "religion or creed"
  | "age"
  | "gender"
  | "marital status"
  | "public assistance"
  | "disability"
  | "sexual orientation or gender identity"

const PEOPLE = "(?:people|folks|persons|men|women|guys|kids|families|community|communities)"

export const PROTECTED_GROUPS: ReadonlyArray<{ protectedClass: ProtectedClass; source: string }> = [
  {
    protectedClass: "race or color",
    source: `blacks|whites|hispanics|latinos|latinas|asians|orientals|arabs|natives|african americans|native americans|people of color|gypsies|(?:black|white|brown|hispanic|latino|asian|chinese|arab|native|indian|hmong) ${PEOPLE}`
  },
  {
    protectedClass: "national origin",
    source: `immigrants|migrants|foreigners|illegals|illegal aliens|aliens|refugees|mexicans|(?:undocumented|foreign|mexican) ${PEOPLE}`
  },
  {
    protectedClass: "religion or creed",
    source: `muslims|moslems|jews|christians|catholics|mormons|sikhs|hindus|atheists|evangelicals|buddhists|(?:muslim|jewish|christian|catholic|mormon) ${PEOPLE}`
  },
  {
    protectedClass: "age",
    source: `(?:old|elderly|older|young|younger) (?:people|folks|drivers|timers|persons|men|women|ladies)|old geezers|geezers|seniors|senior citizens|boomers|millennials|zoomers|teenagers|teens|kids these days|(?:anyone|anybody|everyone|people|drivers) (?:over|under) \\d{2}`
  },
  {
    protectedClass: "gender",
    source: "women|females|ladies|girls|men|males|broads|woman drivers|women drivers"
  },
  {
    protectedClass: "marital status",
    source: `single (?:moms|mothers|dads|fathers|parents)|divorcees|(?:divorced|unmarried) ${PEOPLE}|baby mamas`
  },
  {
    protectedClass: "public assistance",
    source: `welfare (?:people|recipients|queens?|families|cases|moms)|people on (?:welfare|food stamps|ebt|section 8|public assistance|medi-cal|calfresh)|(?:food stamp|ebt|section 8) (?:people|users|tenants|families)|freeloaders`
  },
  {
    protectedClass: "disability",
    source: `the disabled|disabled ${PEOPLE}|(?:the )?handicapped|cripples|the mentally ill|mentally ill ${PEOPLE}|crazies|schizos|autistic ${PEOPLE}|people in wheelchairs|the blind|the deaf`
  },
  {
    protectedClass: "sexual orientation or gender identity",
    source: `gays|lesbians|homosexuals|queers|bisexuals|transgenders|(?:gay|lesbian|queer|trans|transgender) ${PEOPLE}`
  }
]

const classMatchers = PROTECTED_GROUPS.map(({ protectedClass, source }) => ({
  protectedClass,
  pattern: new RegExp(`^(?:${source.replace(/ /g, "\\s+")})(?![\\p{L}])`, "u")
}))

/** Regex source matching any protected-group term (spaces match any whitespace). */
export const PROTECTED_GROUP_SOURCE = PROTECTED_GROUPS.map(({ source }) => source.replace(/ /g, "\\s+")).join("|")

/** The class of the group term the text starts with (normalised, lower case), if any. */
export function protectedClassAt(text: string): ProtectedClass | null {
  return classMatchers.find(({ pattern }) => pattern.test(text))?.protectedClass ?? null
}

import { describe, expect, it } from "vitest"

import rule from "~/engine/rules/harassment-insult"

import { describeRuleCases, findingsOf } from "./rule-cases"

describeRuleCases(rule)

const flagged = (text: string) => findingsOf(rule, { text }).map((finding) => finding.excerpt)

describe("harassment-insult", () => {
  it("flags an obfuscated insult spelled with symbols", () => {
    expect(flagged("Some a$$hole dumped a couch on Old Alturas Rd.")).toEqual(["a$$hole"])
  })

  it("flags an insult that addresses a commenter", () => {
    expect(flagged('To the keyboard warrior "Mike R." who keeps commenting: try one shift.')).toEqual([
      "keyboard warrior"
    ])
  })

  it("flags a person called a name in a predicate", () => {
    expect(flagged("Honestly, this guy is a total creep.")).toEqual(["creep"])
  })

  it("leaves words that only insult when aimed alone in neutral sentences", () => {
    expect(flagged("Gang members and thugs are not the only ones carrying guns, data show.")).toEqual([])
    expect(flagged("Clowns, face painting and a bounce house at National Night Out!")).toEqual([])
    expect(flagged("Cowardly attacks on seniors are on the rise; check on your neighbors.")).toEqual([])
  })

  it("leaves a suspect description alone", () => {
    expect(flagged("The suspect, described as a white male in his 30s, fled on foot.")).toEqual([])
  })

  it("blocks with the 321.5(a) citation and explains the word it found", () => {
    const [finding] = findingsOf(rule, { text: "You idiot." })
    expect(finding.severity).toBe("block")
    expect(finding.citation.clause).toBe("321.5(a)")
    expect(finding.message).toContain('"idiot"')
  })
})

describe("harassment-insult: name-calling that closes a sentence", () => {
  it("flags a commenter called a loser", () => {
    expect(flagged("To the commenter who said we were hiding at the park: get a life, loser.")).toEqual([
      "get a life",
      "loser"
    ])
  })

  it("leaves a list that ends in an ordinary word alone", () => {
    expect(flagged("Saturday's lineup at the Civic: country, blues, punk.")).toEqual([])
  })
})

describe("harassment-insult: dehumanising labels", () => {
  it("flags a monster who hurt someone", () => {
    expect(flagged("The monster who hurt this little girl is in our jail tonight.")).toEqual(["monster"])
  })

  it("leaves alone a monster truck show and online predators in a safety tip", () => {
    expect(flagged("Monster trucks roll into the Civic Auditorium on Saturday.")).toEqual([])
    expect(flagged("Online predators who target kids often pose as teens in games.")).toEqual([])
  })
})

describe("harassment-insult: a label that picks out one person", () => {
  it("flags 'the creep who' and a closing 'pervert'", () => {
    expect(flagged("We caught the creep who's been peeping in windows. Enjoy jail, pervert.")).toEqual(["creep", "pervert"])
  })

  it("leaves alone parasites in a health tip", () => {
    expect(flagged("Boil creek water: the parasites that cause giardia are common in Shasta County streams.")).toEqual([])
  })
})

describe("harassment-insult: dehumanising without a relative pronoun", () => {
  it("flags 'what kind of sick animal steals'", () => {
    expect(flagged("What kind of sick animal steals a wheelchair from a disabled veteran?")).toEqual(["animal"])
  })

  it("leaves alone animals that were hurt", () => {
    expect(flagged("Animal Control rescued two dogs; the animals that were hurt are recovering.")).toEqual([])
  })
})

import { describe, expect, it } from "vitest"

import { findPersonNames } from "~/engine/text/names"
import { splitSentences } from "~/engine/text/sentences"

const LOCAL_PLACES = ["Redding", "Anderson", "Shasta Lake", "Caldwell Park", "Bella Vista"]

function namesIn(text: string): string[] {
  return findPersonNames(text, splitSentences(text), LOCAL_PLACES).map((name) => name.text)
}

describe("person names", () => {
  it("finds accented Spanish names through the unaccented lexicon", () => {
    expect(namesIn("Someone attacked José Luis Hernández outside his shop.")).toEqual(["José Luis Hernández"])
  })

  it("keeps a surname that is also a word of a local place name", () => {
    expect(namesIn("The cyclist has been identified as Ethan Caldwell.")).toEqual(["Ethan Caldwell"])
  })

  it("still treats a whole local place name as a place", () => {
    expect(namesIn("Join us at Caldwell Park and in Bella Vista on Saturday.")).toEqual([])
  })

  it("keeps a surname that is a one-word local place after a first name", () => {
    expect(namesIn("Officers spoke with Mary Anderson about the break-in.")).toEqual(["Mary Anderson"])
  })

  it("reads Amber as a first name but not in an AMBER Alert", () => {
    expect(namesIn("His girlfriend, Amber Lowry, called 911.")).toEqual(["Amber Lowry"])
    expect(namesIn("An Amber Alert was issued overnight.")).toEqual([])
  })

  it("keeps a quoted nickname inside the name and drops a bare possessive apostrophe", () => {
    expect(namesIn("Roberto 'Beto' Sandoval, 67, was found tied up.")).toEqual(["Roberto 'Beto' Sandoval"])
    expect(namesIn("Someone set fire to Pastor Dale Ivers' car.")).toEqual(["Dale Ivers"])
  })
})

describe("person names: surnames that are local towns", () => {
  it("keeps a surname that is a local town after a first name", () => {
    const text = "Victim update: Sharon Lee Whitmore (54) remains in critical condition."
    expect(findPersonNames(text, splitSentences(text), ["Whitmore"]).map((name) => name.text)).toEqual(["Sharon Lee Whitmore"])
  })
})

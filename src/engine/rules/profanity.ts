import { defineRule } from "../rule"
import { cite } from "../policy/clauses"
import { findObsceneWords, outsideAllowedTerms } from "../text/obscene-words"

export default defineRule({
  id: "profanity",
  title: "Profane language",
  category: "profanity",
  defaultSeverity: "block",
  citation: cite("cityProfane"),
  rationale:
    "The City's list of prohibited content starts with profane language. Posts speak for the Department, so profanity is blocked however it is disguised: masked letters (f*ck), digits and symbols (sh1t, a$$hole), look-alike letters from other alphabets, invisible characters inside a word, or letters spelled out with spaces or dots. Words that only contain a profane stem (assassin, cocktail, Scunthorpe, Dickson) are left alone.",
  cases: {
    fire: [
      { text: "We are so f*cking tired of people leaving guns in unlocked cars.", excerpt: "f*cking", note: "Masked letter." },
      { text: "Holy sh1t. 112 mph on Hwy 44 in a 65.", excerpt: "sh1t", note: "Digit for a letter." },
      { text: "Some a$$hole dumped a couch on Old Alturas Rd.", excerpt: "a$$hole", note: "Symbols for letters." },
      { text: "This is f u c k i n g ridiculous. Etch your VIN.", excerpt: "f u c k i n g", note: "Letters spelled out with spaces." },
      { text: "People, chill the f\u03c5ck out on I-5.", excerpt: "f\u03c5ck", note: "Greek upsilon looks like a u." },
      { text: "That is absolute bull\u200bshit.", excerpt: "bull\u200bshit", note: "A zero-width space hides the word from plain matching." }
    ],
    pass: [
      { text: "Crime analysis shows burglaries down 12% this quarter.", note: "Spelled-out detection never reads across a real word gap." },
      { text: "A Molotov cocktail was thrown at the cockpit window; the assassin fled toward Scunthorpe.", note: "Profane stems inside other words." },
      { text: "Lt. Dickson and Sgt. Cummings will be at Dick's Sporting Goods on Dana Dr for Shop with a Cop.", note: "Names and a business." },
      { text: "Shiitake mushrooms were part of the stolen produce shipment from Sussex Farms.", note: "Innocent words." },
      { text: "Please don't butt dial 911. Hello to everyone at the Shell station on Hilltop!", note: "\"butt dial\", \"Shell\" and \"hello\" are not profane." }
    ]
  },
  detect(context) {
    const words = findObsceneWords(context.normalized).filter((word) => word.family === "profane")
    return outsideAllowedTerms(words, context.normalized, context.pack.allowedTerms).map((word) => ({
      start: word.start,
      end: word.end,
      message: word.spelledOut
        ? `"${context.draft.text.slice(word.start, word.end)}" spells out a profane word letter by letter. Profane language may not be posted on City pages, however it is written.`
        : `"${context.draft.text.slice(word.start, word.end)}" is profane language, which may not be posted on City pages, even masked or misspelled.`,
      fix: "Remove the word or say it plainly without profanity."
    }))
  }
})

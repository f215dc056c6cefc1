import { cite } from "../policy/clauses"
import { defineRule, type RuleMatch } from "../rule"
import { classifyPeople } from "../text/person-roles"

export default defineRule({
  id: "privacy-private-name",
  title: "Name of a private person",
  category: "privacy",
  defaultSeverity: "warn",
  citation: cite("cityPersonalInformation"),
  rationale:
    "The City policy allows only the names of employees whose duties include public contact. Naming any other private person (a witness, a finder, a volunteer, a caller) needs a reason and an authorization.",
  cases: {
    fire: [
      {
        text: "Thanks to Dana Whitfield, who spotted the smoke and called it in right away!",
        excerpt: "Dana Whitfield"
      },
      {
        text: "A good Samaritan, Gerald T. Minton, turned in the wallet at our front counter.",
        excerpt: "Gerald T. Minton"
      },
      {
        text: "MISSING AT-RISK: Walter Greaves, 81, last seen Tuesday near Lake Redding Park.",
        excerpt: "Walter Greaves",
        note: "Usually authorized, but worth a check that the family agreed."
      }
    ],
    pass: [
      {
        text: "Congratulations to Sgt. Lisa Brandt on her retirement after 29 years with RPD!",
        note: "An officer named by rank."
      },
      {
        text: "Officers arrested Marco D. Esparza, 23, of Shasta Lake on suspicion of DUI. Esparza was booked into the Shasta County Jail.",
        note: "An adult arrestee in an arrest release."
      },
      {
        text: "Travis L. Benning, 29, has an active felony warrant for assault with a deadly weapon. Do not approach him.",
        note: "A wanted person in a wanted release."
      },
      {
        text: "Road work closes Cypress Ave at Bechelli Ln until 3 p.m.; use Hartnell Ave instead.",
        note: "Streets, not people."
      }
    ]
  },
  detect(context) {
    const mentions = classifyPeople(context)
    // Names the victim and juvenile rules already block need no second finding.
    const blocked = new Set(
      mentions.filter((mention) => mention.victimEvidence || mention.juvenileEvidence).map((mention) => mention.personId)
    )
    const warned = new Set<number>()
    const matches: RuleMatch[] = []
    for (const mention of mentions) {
      if (mention.isOfficial || mention.isAccused || blocked.has(mention.personId) || warned.has(mention.personId)) continue
      warned.add(mention.personId)
      matches.push({
        start: mention.name.start,
        end: mention.name.end,
        message: `"${mention.name.text}" looks like the name of a private person. Make sure naming this person is authorized: the City policy allows only the names of public-contact employees.`,
        fix: "Remove the name or describe the person's role instead, unless naming them has been approved."
      })
    }
    return matches
  }
})

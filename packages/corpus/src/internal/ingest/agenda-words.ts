/** The words agenda item titles begin and end with, read to tell where one title ends. */

/** Words after which no title starts. */
export const FUNCTION_WORDS = new Set(
  'of the and in for on to a an at by with against from its their or as into under between'.split(
    ' ',
  ),
);
/** Words a line of its own may end with only when the title goes on below it. */
export const JOINER =
  /(?:\b(?:of|the|and|in|for|on|to|a|an|at|by|with|against|from|its|their|or)|[,:;-])$/i;

/**
 * First words of General Assembly agenda item titles: a capitalised one of these after a word that
 * is not a function word starts a new title, even after a proper noun ("…Middle East Conclusion of
 * effective…"). Taken from the Assembly's recurring item titles.
 */
export const STARTERS = new Set(
  `The Report Reports Question Prevention Promotion Protection Elimination Establishment Conclusion
  General Prohibition Implementation Strengthening Situation Right Rights Measures Maintenance
  Election Elections Appointment Appointments Admission Financing Scale Programme Review Development
  Follow-up Comprehensive Crime Crimes Human Responsibility Cooperation Revitalization Zone Culture
  Sustainable Social Advancement Eradication Assistance Effects Use Consideration Commemoration
  Oceans Towards Nuclear Reduction Role Declaration Credentials Improving Return Restitution Science
  Globalization Macroeconomic Information Agriculture Status Permanent International Observer
  Convention Problems Missiles Decolonization Relationship Request Holding Proposed
  Administrative Pattern Joint Action Global Groups Necessity Countering Combating Upholding
  Protracted Illegal Scope Criminal Questions Operational Sport Developments Support Consequences
  Education Entrepreneurship Causes Investigation Peacebuilding Armed New Nuclear-weapon-free`.split(
    /\s+/,
  ),
);

/**
 * Capitalised words that agenda titles print after a lower-case word and never begin with: "Member
 * States", "non-nuclear-weapon States", "admission of new Members", "the occupied Palestinian
 * Territory, including East Jerusalem", "the occupied Syrian Golan".
 */
export const MID_TITLE = new Set(
  'Members States Governments East Palestinian Syrian Israeli Territory Territories Jerusalem'.split(
    ' ',
  ),
);

export const capitalised = (w: string) => /^[A-Z][a-z]/.test(w);

/**
 * How surely a first word of agenda titles starts one, by what stands around it: surely after a
 * word that is no name's, less after a capitalised one, which may begin a name ("Universal"
 * Declaration), not at all between two, a name's middle ("Human Rights Council"). 0 for any other
 * word.
 */
export function starterWeight(word: string, afterName: boolean, beforeName: boolean): number {
  if (!STARTERS.has(word)) return 0;
  if (!afterName) return 1;
  return beforeName ? 0 : 0.4;
}
/** Text ending in a capitalised word, which a name may go on from ("Human" Rights). */
export const NAME_GOES_ON = /(?:^|\s)[A-Z][a-z]*$/;

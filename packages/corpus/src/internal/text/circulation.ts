/**
 * A letter's closing request to circulate it as a document of the organs, in the phrasings
 * missions use: "have the present letter circulated as a document of …", "circulate the present
 * letter and its annex as an official document of …", "be issued as a General Assembly document".
 */
export const CIRCULATION =
  /\b(?:[Cc]ircu[l1]at(?:e|ed|ing)|[Dd]istribut(?:e|ed|ing)|[Ii]ssu(?:e|ed|ing))\b[^.;]{0,160}?\bas (?:an? )?(?:[Oo]fficia[l1] )?(?:(?:[A-Z][\w-]*|and|of the) ){0,8}[Dd]ocuments?\b/;

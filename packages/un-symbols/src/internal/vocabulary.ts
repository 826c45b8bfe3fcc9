/**
 * Series roots: the first component of a symbol. The organ roots name a principal organ; the
 * special roots (treaty bodies, programmes, conferences) do not name their parent organ.
 */
export const ROOTS: Readonly<Record<string, string>> = {
  A: 'General Assembly',
  S: 'Security Council',
  E: 'Economic and Social Council',
  ST: 'Secretariat',
  T: 'Trusteeship Council',
  CRC: 'Committee on the Rights of the Child',
  CCPR: 'Human Rights Committee',
  CERD: 'Committee on the Elimination of Racial Discrimination',
  CEDAW: 'Committee on the Elimination of Discrimination against Women',
  CAT: 'Committee against Torture',
  CMW: 'Committee on Migrant Workers',
  CRPD: 'Committee on the Rights of Persons with Disabilities',
  CED: 'Committee on Enforced Disappearances',
  DP: 'Executive Board of UNDP, UNFPA and UNOPS',
  TD: 'United Nations Conference on Trade and Development',
  UNEP: 'United Nations Environment Programme',
  HRC: 'Human Rights Council',
  CD: 'Conference on Disarmament',
  JIU: 'Joint Inspection Unit',
  SPLOS: 'Meeting of States Parties to the United Nations Convention on the Law of the Sea',
  ISBA: 'International Seabed Authority',
  FCCC: 'United Nations Framework Convention on Climate Change',
  UNW: 'Executive Board of UN-Women',
  HRI: 'International human rights instruments (treaty bodies jointly)',
  NPT: 'Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons',
  TPNW: 'Meeting of States Parties to the Treaty on the Prohibition of Nuclear Weapons',
  BWC: 'States Parties to the Biological Weapons Convention',
  CCW: 'High Contracting Parties to the Convention on Certain Conventional Weapons',
  APLC: 'States Parties to the Anti-Personnel Mine Ban Convention',
  CTOC: 'Conference of the Parties to the United Nations Convention against Transnational Organized Crime',
  CAC: 'Conference of the States Parties to the United Nations Convention against Corruption',
  ICCD: 'United Nations Convention to Combat Desertification',
  ECE: 'Economic Commission for Europe',
  LC: 'Economic Commission for Latin America and the Caribbean',
  HSP: 'United Nations Human Settlements Programme',
  WFP: 'Executive Board of the World Food Programme',
  IPBES: 'Intergovernmental Science-Policy Platform on Biodiversity and Ecosystem Services',
  ITLOS: 'International Tribunal for the Law of the Sea',
};

/**
 * Roots that are not UN document series though they are printed like them: press-release codes
 * (`GA/12345`, `SG/SM/…`), standards, and words written with a slash. An unknown root in this list
 * is never read as a symbol.
 */
export const NOT_ROOTS: ReadonlySet<string> = new Set(
  `GA SC SG SM ECOSOC DEV HR OBV PI SEA ORG IHA ENV SAG DC WOM SOC POP REF GAL GAEF GASHC GADIS
  SHC SPD ISO IEC IEEE ANSI DIN EN RFC HTTP HTTPS TCP IP UDP HIV AIDS COVID PDF USD EUR NO FILE DOC
  ID MS FY PO TV AM PM AC DC IO NA UK US USA EU NATO OK`.split(/\s+/),
);

/** Subsidiary-body components, in their standard case: `AC.105`, `C.3`, `CN.4`, `Sub.2`, `PC`. */
export const BODIES: Readonly<Record<string, string>> = {
  AC: 'ad hoc committee',
  C: 'committee',
  CN: 'commission',
  CONF: 'conference',
  GC: 'governing council',
  PC: 'preparatory committee',
  SC: 'sessional committee',
  SUB: 'sub-commission',
  WG: 'working group',
  HRC: 'Human Rights Council',
};
export const BODY_CASE: Readonly<Record<string, string>> = { SUB: 'Sub' };

/** Document-type components: `RES`, `PV.8699`, `L.18`, `PRST`... */
export const DOCUMENT_TYPES: Readonly<Record<string, string>> = {
  RES: 'resolution',
  DEC: 'decision',
  PV: 'verbatim record',
  SR: 'summary record',
  L: 'limited-distribution document',
  INF: 'information document',
  PRST: 'presidential statement',
  WP: 'working paper',
  CRP: 'conference room paper',
  R: 'restricted document',
  NGO: 'statement by a non-governmental organization',
  CO: 'concluding observations',
  GC: 'general comment',
  SGB: "Secretary-General's bulletin",
  AI: 'administrative instruction',
  IC: 'information circular',
  REP: 'report',
};

/** Modifiers chained at the end: `Add.1`, `Rev.2`, `Corr.1`, `Amend.1`, `Summary`. */
export const MODIFIERS: Readonly<Record<string, string>> = {
  ADD: 'addendum',
  REV: 'revision',
  CORR: 'corrigendum',
  AMEND: 'amendment',
  SUMMARY: 'summary',
};
export const MODIFIER_CASE: Readonly<Record<string, string>> = {
  ADD: 'Add',
  REV: 'Rev',
  CORR: 'Corr',
  AMEND: 'Amend',
  SUMMARY: 'Summary',
};

/** Names of well-known subsidiary bodies, by root and body component. */
export const BODY_NAMES: Readonly<Record<string, string>> = {
  'A/C.1': 'First Committee',
  'A/C.2': 'Second Committee',
  'A/C.3': 'Third Committee',
  'A/C.4': 'Fourth Committee',
  'A/C.5': 'Fifth Committee',
  'A/C.6': 'Sixth Committee',
  'A/HRC': 'Human Rights Council',
  'A/CN.4': 'International Law Commission',
  'A/CN.9': 'United Nations Commission on International Trade Law',
  'A/AC.105': 'Committee on the Peaceful Uses of Outer Space',
  'E/CN.4': 'Commission on Human Rights',
  'E/CN.6': 'Commission on the Status of Women',
  'E/C.12': 'Committee on Economic, Social and Cultural Rights',
};

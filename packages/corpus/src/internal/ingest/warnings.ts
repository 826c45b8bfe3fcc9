/** A doubt ingest has about its reading, and the input line it concerns (if any). */
export interface Warning {
  code: string;
  message: string;
  line: number | null;
}

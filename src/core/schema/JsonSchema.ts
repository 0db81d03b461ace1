/** The parts of a draft-07 schema, plus this project's `x-` vocabulary (schemas/README.md), that the studio reads. */
export interface JsonSchema {
  $ref?: string;
  $comment?: string;
  type?: string | string[];
  title?: string;
  description?: string;
  default?: unknown;
  /** Values that show what the field takes; the form shows the first as its placeholder when there is no default. */
  examples?: unknown[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  properties?: Record<string, JsonSchema>;
  patternProperties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  required?: string[];
  items?: JsonSchema | JsonSchema[];
  allOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  not?: JsonSchema;
  if?: JsonSchema;
  then?: JsonSchema;
  else?: JsonSchema;
  definitions?: Record<string, JsonSchema>;
  errorMessage?: unknown;
  'x-sections'?: SectionInfo[];
  'x-section'?: string;
  'x-order'?: number;
  'x-widget'?: string;
  'x-secret'?: boolean;
  'x-existing-secret'?: string;
  'x-go-template'?: boolean;
  'x-warnings'?: ChartWarningRule[];
  'x-run-time'?: RunTimeCheck[];
  'x-unread'?: string;
  'x-show-if'?: Record<string, JsonSchema>;
  /** The description is the chart's own words (a comment in its values.yaml, or its schema), not the studio's. */
  'x-description-from-chart'?: boolean;
  [keyword: string]: unknown;
}

export interface SectionInfo {
  id: string;
  title: string;
  description?: string;
}

/** An install-time trap: when the coalesced values match `when`, warn at `pointer`. */
export interface ChartWarningRule {
  id: string;
  pointer: string;
  message: string;
  when: JsonSchema;
}

/**
 * Checks of the schema that neither Helm nor the Kubernetes API make: failing one is a warning, and the
 * message says what goes wrong at run time. An entry covers a schema problem when every field it has
 * matches; each of `pointers` covers that value and everything below it (`*` stands for any one key or index).
 */
export interface RunTimeCheck {
  id: string;
  /** What goes wrong at run time, added to the problem's own words. */
  message: string;
  pointers?: string[];
  /** The schema keywords covered (`type`, `format`, `enum`, …); every keyword when absent. */
  keywords?: string[];
  /** Only problems of this `format`. */
  format?: string;
  /** Only while the coalesced values match this schema (a switched-off component). */
  when?: JsonSchema;
  /**
   * The chart writes these values without quotes, so a quoted number or boolean lands in the object as the
   * number or boolean it spells: only a value that reads so covers the problem (a port of "8080", not "x").
   */
  unquoted?: true;
}

/** Every keyword of the `x-` vocabulary; ajv must know them to compile in strict mode. */
export const annotationKeywords = [
  'x-sections',
  'x-section',
  'x-order',
  'x-widget',
  'x-secret',
  'x-existing-secret',
  'x-warnings',
  'x-run-time',
  'x-unread',
  'x-show-if',
  'x-description-from-chart',
] as const;

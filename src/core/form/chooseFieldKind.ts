import type { JsonSchema } from '@/core/schema/JsonSchema';
import { itemSchema } from '@/core/schema/schemaNavigation';
import type { FieldKind } from './FormModel';
import { flattenSchema, typesOf } from './flattenSchema';

/** What the form makes of a schema node: a field of some kind, or a group of further nodes. */
type NodeKind = FieldKind | 'group';

/** How well a kind fits a node (flattened): higher wins, below zero means "not at all". */
type Tester = (schema: JsonSchema, root: JsonSchema) => number;
type Predicate = (schema: JsonSchema, root: JsonSchema) => boolean;

const rankWith =
  (rank: number, predicate: Predicate): Tester =>
  (schema, root) =>
    predicate(schema, root) ? rank : -1;

const and =
  (...predicates: Predicate[]): Predicate =>
  (schema, root) =>
    predicates.every((p) => p(schema, root));

const or =
  (...predicates: Predicate[]): Predicate =>
  (schema, root) =>
    predicates.some((p) => p(schema, root));

const not =
  (predicate: Predicate): Predicate =>
  (schema, root) =>
    !predicate(schema, root);

/** The node allows this type (a union such as string|number allows both). */
const allows =
  (type: string): Predicate =>
  (schema) =>
    typesOf(schema).includes(type) || (type === 'object' && schema.type === undefined && schema.properties !== undefined);

/** This is the node's only type (null aside). */
const isOnly =
  (type: string): Predicate =>
  (schema) => {
    const types = typesOf(schema);
    return (types.length === 1 && types[0] === type) || (type === 'object' && types.length === 0 && schema.properties !== undefined);
  };

const hasWidget =
  (widget: string): Predicate =>
  (schema) =>
    schema['x-widget'] === widget;

const hasFormat: Predicate = (schema) => typeof schema.format === 'string';
const hasPemFormat: Predicate = (schema) => schema.format === 'pem-certificate' || schema.format === 'pem-private-key';
const hasEnum: Predicate = (schema) => (Array.isArray(schema.enum) && schema.enum.length > 0) || Object.hasOwn(schema, 'const');
const isSecret: Predicate = (schema) => schema['x-secret'] === true;
const hasProperties: Predicate = (schema) => Object.keys(schema.properties ?? {}).length > 0;
/** Combinators at the node itself mean several shapes are allowed: only the YAML field can hold any of them. */
const hasAlternatives: Predicate = (schema) => schema.anyOf !== undefined || schema.oneOf !== undefined;

/** The node's types, null aside, are exactly these. */
const itemTypesAre =
  (...types: string[]): Predicate =>
  (schema) => {
    const own = typesOf(schema);
    return own.length === types.length && types.every((type) => own.includes(type));
  };

const itemsAre =
  (predicate: Predicate): Predicate =>
  (schema, root) => {
    const items = itemSchema(root, schema);
    return items !== undefined && predicate(flattenSchema(root, items), root);
  };

/** A map whose keys are the user's own and whose values are strings (labels, annotations, nodeSelector). */
const isStringMap: Predicate = (schema, root) => {
  if (hasProperties(schema, root)) return false;
  const extra = schema.additionalProperties;
  const patterns = Object.values(schema.patternProperties ?? {});
  const valueSchemas = [...(typeof extra === 'object' ? [extra] : []), ...patterns];
  return valueSchemas.length > 0 && valueSchemas.every((v) => isOnly('string')(flattenSchema(root, v), root));
};

/**
 * The ranked testers, JSON Forms style: the highest rank wins, and the YAML snippet field accepts
 * anything at rank 0, so a construct no other kind knows still gets an editable field.
 */
const fieldTesters: readonly { kind: NodeKind; tester: Tester }[] = [
  { kind: 'yaml', tester: () => 0 },
  { kind: 'text', tester: rankWith(1, allows('string')) },
  { kind: 'number', tester: rankWith(2, isOnly('number')) },
  { kind: 'integer', tester: rankWith(2, isOnly('integer')) },
  { kind: 'boolean', tester: rankWith(2, isOnly('boolean')) },
  { kind: 'group', tester: rankWith(2, and(isOnly('object'), hasProperties)) },
  { kind: 'string-list', tester: rankWith(2, and(isOnly('array'), itemsAre(and(isOnly('string'), not(hasAlternatives))))) },
  { kind: 'object-list', tester: rankWith(2, and(isOnly('array'), itemsAre(and(isOnly('object'), hasProperties, not(hasAlternatives))))) },
  // Items described as objects that may also be written as a plain string (a legacy shorthand): still rows of
  // fields; a string item keeps a text box of its own.
  { kind: 'object-list', tester: rankWith(2, and(isOnly('array'), itemsAre(and(allows('object'), hasProperties, not(hasAlternatives), itemTypesAre('object', 'string'))))) },
  { kind: 'formatted', tester: rankWith(3, and(allows('string'), hasFormat)) },
  { kind: 'multiline', tester: rankWith(3, and(allows('string'), hasWidget('multiline'))) },
  { kind: 'key-value', tester: rankWith(3, and(isOnly('object'), isStringMap)) },
  { kind: 'enum', tester: rankWith(4, hasEnum) },
  { kind: 'secret', tester: rankWith(5, and(allows('string'), isSecret, not(hasEnum))) },
  { kind: 'pem', tester: rankWith(6, and(allows('string'), or(hasWidget('pem'), hasPemFormat))) },
  { kind: 'key-value', tester: rankWith(10, and(or(isOnly('object'), (s) => typesOf(s).length === 0), hasWidget('key-value'))) },
  { kind: 'yaml', tester: rankWith(10, hasWidget('yaml')) },
  // Several accepted shapes at one node (and not one plain type to type into): only the snippet field fits.
  { kind: 'yaml', tester: rankWith(20, and(hasAlternatives, not(hasEnum), (s) => typesOf(s).length !== 1)) },
];

/** The kind for a (flattened) schema node: the best-ranked tester; the first registered wins a tie. */
export function chooseFieldKind(schema: JsonSchema, root: JsonSchema): NodeKind {
  let best: NodeKind = 'yaml';
  let bestRank = -1;
  for (const { kind, tester } of fieldTesters) {
    const rank = tester(schema, root);
    if (rank > bestRank) {
      best = kind;
      bestRank = rank;
    }
  }
  return best;
}

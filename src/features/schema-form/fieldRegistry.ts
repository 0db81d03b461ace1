import type { ComponentType } from 'react';
import type { FieldKind } from '@/core/form/FormModel';
import type { FieldControlProps } from './fields/FieldControlProps';
import { BooleanField } from './fields/BooleanField';
import { EnumField } from './fields/EnumField';
import { KeyValueField } from './fields/KeyValueField';
import { MultilineField } from './fields/MultilineField';
import { NumberField } from './fields/NumberField';
import { ObjectListField } from './fields/ObjectListField';
import { PemField } from './fields/PemField';
import { SecretField } from './fields/SecretField';
import { StringListField } from './fields/StringListField';
import { TextField } from './fields/TextField';
import { YamlField } from './fields/YamlField';

/**
 * The one registry of controls, by the kind the core's ranked testers chose. A Record, so a new kind
 * without a control does not compile.
 */
export const fieldRegistry: Record<FieldKind, ComponentType<FieldControlProps>> = {
  text: TextField,
  formatted: TextField,
  secret: SecretField,
  multiline: MultilineField,
  pem: PemField,
  number: NumberField,
  integer: NumberField,
  boolean: BooleanField,
  enum: EnumField,
  'string-list': StringListField,
  'object-list': ObjectListField,
  'key-value': KeyValueField,
  yaml: YamlField,
};

/** Controls made of several inputs: their title names a group rather than labelling one input. */
export const compositeKinds: ReadonlySet<FieldKind> = new Set(['string-list', 'object-list', 'key-value']);

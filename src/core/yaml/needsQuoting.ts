import { resolvePlainScalar } from './resolvePlainScalar';

/**
 * Strings that some YAML reader would take for something else. Helm (go-yaml v2, YAML 1.1) is the one
 * that matters, but people also open values files with YAML 1.2 tools (yq, editors, PyYAML), so a string
 * is written quoted if any of them would read a bool, null, number, date or merge key.
 */
const YAML_1_1_OR_1_2_NON_STRING = [
  /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/,
  /^(?:~|null|Null|NULL|)$/,
  // Integers and floats in any base, with underscores, signs and sexagesimal (`1:20`, `190:20:30.15`).
  /^[-+]?(?:0[bBoOxX][0-9a-fA-F_]*|[0-9][0-9_]*(?::[0-5]?[0-9])*(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+]?[0-9]+)?)$/,
  /^[-+]?\.(?:inf|Inf|INF)$|^\.(?:nan|NaN|NAN)$/,
  // YAML 1.1 timestamps (dates, and date-times with any separator).
  /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt \t].*)?$/,
  /^(?:<<|=)$/,
];

export function needsQuoting(text: string): boolean {
  const resolved = resolvePlainScalar(text);
  if (resolved.kind !== 'value' || resolved.value !== text) return true;
  return YAML_1_1_OR_1_2_NON_STRING.some((pattern) => pattern.test(text));
}

import type { Diagnostic, Values } from '../diagnostics/Diagnostic';
import { mergeValueFiles } from '../values/mergeValueFiles';
import { parseValues } from '../yaml/parseValues';
import type { Workspace } from './Workspace';

/** One layer as read: its own values, or why its text does not parse (then it counts as empty). */
interface ReadLayer {
  /** The environment's name; undefined for the base. */
  environment: string | undefined;
  text: string;
  parses: boolean;
  /** The layer's own values ({} while the text does not parse). */
  values: Values;
  issues: Diagnostic[];
}

/** One environment: the user's values Helm gets from `-f base -f overlay`, before the chart's defaults. */
export interface Environment {
  name: string;
  base: ReadLayer;
  overlay: ReadLayer;
  /** Base and overlay merged as Helm merges `-f` files (maps key by key; lists, scalars and `null` replace). */
  userValues: Values;
}

export interface ReadWorkspace {
  base: ReadLayer;
  environments: Environment[];
}

/**
 * Every layer parsed and every environment's values merged. A layer whose text does not parse counts as
 * empty here (its `issues` say why); the page never merges a broken file into an environment silently, it
 * shows the issues at the layer.
 */
export function readWorkspace(workspace: Workspace): ReadWorkspace {
  const base = readLayer(workspace.base, undefined);
  const environments = workspace.overlays.map((layer) => {
    const overlay = readLayer(layer.text, layer.name);
    return { name: layer.name, base, overlay, userValues: mergeLayers(base.values, overlay.values) };
  });
  return { base, environments };
}

/**
 * An environment's values from its base and overlay, exactly as `helm install -f base.yaml -f overlay.yaml`
 * builds them: the overlay's maps merge into the base's, anything else replaces. A `null` in the overlay is
 * kept as a value: merged over the chart's defaults it removes the key, as in Helm.
 */
export function mergeLayers(base: Values, overlay: Values): Values {
  return mergeValueFiles([base, overlay]);
}

export function readLayer(text: string, environment: string | undefined): ReadLayer {
  const parsed = parseValues(text);
  return parsed.ok
    ? { environment, text, parses: true, values: parsed.values, issues: parsed.issues }
    : { environment, text, parses: false, values: {}, issues: parsed.issues };
}

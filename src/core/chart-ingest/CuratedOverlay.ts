import type { JsonSchema } from '../schema/JsonSchema';

/**
 * What people decided about the chart's values, once for every chart version (schemas/catalyst/overlay.json):
 * titles, descriptions, sections and their order, widgets, formats, secrets and their existing-Secret
 * alternatives, conditions, the chart's template rules and their messages, run-time checks.
 */
export interface CuratedOverlay {
  entries: OverlayEntry[];
}

/**
 * One decision about the value at `pointer` (a JSON Pointer into the values; `*` stands for any one key).
 * `node` is merged into that value's schema node: each keyword replaces the generated one, `properties`
 * merge key by key (a key the chart does not have is added, with its whole node), and `$unset` removes
 * generated keywords (`$omit` and `$keysAreData` below). An entry marked `$add` describes a value the chart's
 * files do not show (the fields of a Kubernetes object the chart passes through): it adds the node wherever
 * the parent exists. Any other entry applies only where the chart has the value.
 * `after` / `before` (exclusive) limit the entry to the chart versions it was decided for; entries apply in
 * order, so a later one wins where two apply.
 * `whenChartAllows` limits it to the charts whose own schema admits each given value at its pointer (in its
 * `enum` or `const`): words about one spelling of a value (`aws` or `aws.secretmanager`) then follow the
 * spelling a release takes, not a guess at the version that changed it. A rule inside an `allOf` may carry
 * the same condition as `x-when-chart-allows`.
 */
export interface OverlayEntry {
  pointer: string;
  after?: string;
  before?: string;
  whenChartAllows?: Record<string, string>;
  node: OverlayNode;
}

export type OverlayNode = JsonSchema & {
  $unset?: string[];
  /** The entry adds this value where its parent exists (see OverlayEntry). */
  $add?: true;
  /** The value is not one the studio offers (a template reads it, but people decided it is not a setting). */
  $omit?: true;
  /**
   * The keys below are the user's own (labels, annotations, feature flags): the chart's values below become
   * this node's default, whole, and no key is described on its own.
   */
  $keysAreData?: true;
};

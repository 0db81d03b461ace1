import type { Chart } from '../core/chart/createChart';
import type { Values } from '../core/diagnostics/Diagnostic';
import { checkKubernetesObjects } from '../core/kubernetes/checkKubernetesObjects';
import type { KubernetesSchemas } from '../core/kubernetes/KubernetesSchemas';
import { loadKubernetesSchemas } from '../core/kubernetes/loadKubernetesSchemas';
import { childPointer } from '../core/pointer/jsonPointer';
import type { JsonSchema } from '../core/schema/JsonSchema';
import { printValues } from '../core/yaml/printValues';
import { helmTemplate, splitHelmOutput } from './helmTemplateOutput';

/** What an install makes of the values: refused (by Helm, or by the Kubernetes API in the rendered objects) or accepted. */
type InstallVerdict = 'refused' | 'accepted';

/** The real `helm template` renders the values, and the rendered objects are checked as Kubernetes 1.35 would take them. */
async function installVerdict(chartVersion: string, values: Values, kubernetes: KubernetesSchemas): Promise<InstallVerdict> {
  let rendered: string;
  try {
    rendered = await helmTemplate(chartVersion, printValues(values));
  } catch {
    return 'refused';
  }
  return checkKubernetesObjects(splitHelmOutput(rendered), { version: '1.35', schemas: kubernetes }).length > 0 ? 'refused' : 'accepted';
}

/** The pointers of every value in the schema's tree of `properties` whose key and node pass `wanted`. */
export function valuesWhere(node: JsonSchema, wanted: (key: string, node: JsonSchema) => boolean, at = ''): string[] {
  const found: string[] = [];
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    const pointer = childPointer(at, key);
    if (wanted(key, child)) found.push(pointer);
    found.push(...valuesWhere(child, wanted, pointer));
  }
  return found;
}

let kubernetesSchemas: Promise<KubernetesSchemas> | undefined;

export interface ValuesCase {
  /** The value the case is about: the studio's errors there (as `isAbout` reads them) are its verdict. */
  pointer: string;
  values: Values;
}

/**
 * Each case judged by the install and by the studio (without the chart's templates, a join token given), four
 * renders at a time: the cases where they differ, each as the values and both verdicts, and how many the
 * install refused (a comparison where both outcomes occur proves something).
 */
export async function disagreementsWithInstall(
  chartVersion: string,
  chart: Chart,
  cases: readonly ValuesCase[],
  isAbout: (problemPointer: string, casePointer: string) => boolean,
): Promise<{ disagreements: string[]; refused: number }> {
  kubernetesSchemas ??= loadKubernetesSchemas();
  const kubernetes = await kubernetesSchemas;
  const disagreements: string[] = [];
  let refused = 0;
  for (let start = 0; start < cases.length; start += 4) {
    await Promise.all(
      cases.slice(start, start + 4).map(async ({ pointer, values }) => {
        const install = await installVerdict(chartVersion, values, kubernetes);
        if (install === 'refused') refused++;
        const errors = chart.check({ ...values, join_token: 'x' }).problems.filter((p) => p.severity === 'error' && isAbout(p.pointer, pointer));
        const studio: InstallVerdict = errors.length > 0 ? 'refused' : 'accepted';
        if (studio !== install) disagreements.push(`${printValues(values).trim().replace(/\n/g, ' ⏎ ')}: install ${install}, studio ${studio}`);
      }),
    );
  }
  return { disagreements, refused };
}

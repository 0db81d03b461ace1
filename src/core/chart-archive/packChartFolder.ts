import { gzipSync } from 'fflate';
import { createTar } from 'nanotar';

/** A file of a chosen folder: its path below the folder the user picked (`catalyst/templates/x.yaml`). */
interface FolderFile {
  path: string;
  bytes: Uint8Array;
}

type PackedChart = { ok: true; archive: Uint8Array } | { ok: false; error: string };

/**
 * A chart folder as the archive `helm package` would make of it, so a folder and an archive are one thing
 * from here on (read with the same limits, rendered by the same engine). The chart is the folder holding the
 * shallowest Chart.yaml; hidden files and folders (`.git`, `.helmignore`) stay out.
 */
export function packChartFolder(files: readonly FolderFile[]): PackedChart {
  const paths = files.map((file) => file.path.replace(/\\/g, '/').replace(/^\.?\//, ''));
  const chartYamls = paths.filter((path) => /(^|\/)Chart\.yaml$/.test(path)).sort((a, b) => a.split('/').length - b.split('/').length);
  const chartYaml = chartYamls[0];
  if (chartYaml === undefined) return { ok: false, error: 'The folder holds no Chart.yaml: choose the chart\'s own folder (the one `helm package` is run on).' };
  const root = chartYaml.slice(0, -'Chart.yaml'.length);
  const folderName = root.split('/').filter(Boolean).pop() ?? 'chart';
  const entries = files.flatMap((file, index) => {
    const path = paths[index] ?? '';
    if (!path.startsWith(root)) return [];
    const inside = path.slice(root.length);
    if (inside.split('/').some((segment) => segment.startsWith('.'))) return [];
    return [{ name: `${folderName}/${inside}`, data: file.bytes }];
  });
  return { ok: true, archive: gzipSync(createTar(entries)) };
}

import { readTextFile } from '@/components/readTextFile';
import type { LayerFile } from '@/core/workspace/layersFromFiles';

export interface PickedFiles {
  files: LayerFile[];
  /** Files that could not be read (too large, not text), each with its message. */
  unreadable: string[];
}

/** Files read for a workspace, each by its path in a chosen folder (or its name); one that cannot be read is a message. */
export async function readLayerFiles(files: File[]): Promise<PickedFiles> {
  // Only YAML is read: a folder's other files (an archive, a README) are listed as passed over, unread.
  const read = await Promise.all(
    files.map(async (file) => {
      const path = file.webkitRelativePath || file.name;
      return { path, result: /\.ya?ml$/i.test(path) ? await readTextFile(file) : ({ ok: true, name: path, text: '' } as const) };
    }),
  );
  return {
    files: read.flatMap(({ path, result }) => (result.ok ? [{ name: path, text: result.text }] : [])),
    unreadable: read.flatMap(({ result }) => (result.ok ? [] : [result.error])),
  };
}

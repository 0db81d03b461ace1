/** A values file a person writes is a few KB; anything this large is not one, and parsing it would stall the page. */
const MAX_BYTES = 2 * 1024 * 1024;

export type ReadTextFileResult = { ok: true; name: string; text: string } | { ok: false; name: string; error: string };

/** Reads a picked or dropped file as UTF-8 text; a failure is a message, and nothing else changes. */
export async function readTextFile(file: File): Promise<ReadTextFileResult> {
  if (file.size > MAX_BYTES) {
    return { ok: false, name: file.name, error: `${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB; a values file is at most 2 MB. Nothing was opened.` };
  }
  try {
    const bytes = await file.arrayBuffer();
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { ok: true, name: file.name, text };
  } catch {
    return { ok: false, name: file.name, error: `${file.name} is not UTF-8 text (is it a values file?). Nothing was opened.` };
  }
}

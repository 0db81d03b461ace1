/** Saves text as a file through the browser's own download, with no server round trip. */
export function downloadText(fileName: string, text: string, type = 'application/yaml'): void {
  downloadBlob(fileName, new Blob([text], { type }));
}

/** Saves bytes (an image, an archive) as a file through the browser's own download. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: Chromium reads the blob after click() returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

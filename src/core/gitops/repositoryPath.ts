/**
 * Where a values file sits in the Git repository: under the folder the user named, at the path the file was
 * given by (`overlays/prod.yaml`), or at its bare name when that path leads outside (`../x.yaml`, `/etc/x.yaml`).
 */
export function repositoryPath(folder: string, filePath: string): string {
  const parts = filePath.replace(/\\/g, '/').split('/').filter((part) => part !== '' && part !== '.');
  const inside = !filePath.startsWith('/') && !/^[A-Za-z]:/.test(filePath) && !parts.includes('..');
  const relative = inside ? parts.join('/') : (parts.at(-1) ?? filePath);
  const base = folder.replace(/\\/g, '/').replace(/^\.?\/+/, '').replace(/\/+$/, '');
  return base === '' || base === '.' ? relative : `${base}/${relative}`;
}

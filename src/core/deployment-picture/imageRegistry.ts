/**
 * The registry an image is pulled from, as the container runtime reads the reference: the first path part
 * when it looks like a host (has a dot or a port, or is `localhost`), else Docker Hub.
 */
export function imageRegistry(image: string): string {
  const slash = image.indexOf('/');
  if (slash === -1) return 'docker.io';
  const first = image.slice(0, slash);
  return first.includes('.') || first.includes(':') || first === 'localhost' ? first : 'docker.io';
}

/** The reference without its registry: `catalyst-all:1.90.0` from `ghcr.io/diagrid/catalyst-all:1.90.0` keeps `diagrid/catalyst-all:1.90.0`. */
export function imageWithoutRegistry(image: string): string {
  const registry = imageRegistry(image);
  return image.startsWith(`${registry}/`) ? image.slice(registry.length + 1) : image;
}

/**
 * Whether the image comes from the user's own registry. `registry` is what the user configured (a host, or a
 * host and path such as `registry.example.com/mirror`); with none configured, no image comes from it.
 */
export function isFromRegistry(image: string, registry: string | undefined): boolean {
  const own = registry?.trim().replace(/\/+$/, '');
  if (!own) return false;
  return image === own || image.startsWith(`${own}/`) || imageRegistry(image) === own;
}

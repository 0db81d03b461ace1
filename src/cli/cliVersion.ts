import packageJson from '../../package.json';

/** The version `catalyst-values --version` prints and SARIF reports name: the package's own. */
export const cliVersion: string = packageJson.version;

// The app's version, as a figure or a citation gives it (its name is appMessages' title). The version is package.json's,
// read at build time (a named JSON import: only the version enters the bundle).
import { version } from '../../package.json';

/** The version being run (package.json at build time). */
export const APP_VERSION: string = version;

// The app's name and version, as a figure or a citation gives them. The version is package.json's,
// read at build time (a named JSON import: only the version enters the bundle).
import { version } from '../../package.json';

/** The app's name as it is cited. */
export const APP_NAME = 'X.1060 roles';
/** The version being run (package.json at build time). */
export const APP_VERSION: string = version;

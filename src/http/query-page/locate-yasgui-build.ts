// Finds the files of the installed @zazuko/yasgui package that the query page serves, so nothing comes from a CDN.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The only YASGUI files served: the browser bundle, its stylesheet and its source map. */
export const YASGUI_FILES = ['yasgui.min.js', 'yasgui.min.css', 'yasgui.min.js.map'] as const;
export type YasguiFile = (typeof YASGUI_FILES)[number];

/** The package's build/ folder, wherever npm put the package. */
export function locateYasguiBuild(): string {
  const packageJsonPath = createRequire(import.meta.url).resolve('@zazuko/yasgui/package.json');
  return join(dirname(packageJsonPath), 'build');
}

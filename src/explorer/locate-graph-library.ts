// The browser files of cytoscape and its fcose layout, found in the installed packages: nothing comes from a CDN.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Served under /explore-assets/lib/{name}; loaded in this order (fcose needs cose-base, which needs layout-base). */
export const GRAPH_LIBRARY_FILES = ['cytoscape.min.js', 'layout-base.js', 'cose-base.js', 'cytoscape-fcose.js'] as const;
export type GraphLibraryFile = (typeof GRAPH_LIBRARY_FILES)[number];

/** Each file's absolute path, resolved the way Node resolves the packages (fcose's own cose-base, wherever npm put it). */
export function locateGraphLibrary(): Record<GraphLibraryFile, string> {
  const fromHere = createRequire(import.meta.url);
  const packageDir = (require: NodeJS.Require, name: string) => dirname(require.resolve(`${name}/package.json`));
  const fcoseDir = packageDir(fromHere, 'cytoscape-fcose');
  const fromFcose = createRequire(join(fcoseDir, 'package.json'));
  const coseDir = packageDir(fromFcose, 'cose-base');
  const layoutDir = packageDir(createRequire(join(coseDir, 'package.json')), 'layout-base');
  return {
    // cytoscape's "exports" name its dist files but not its package.json.
    'cytoscape.min.js': fromHere.resolve('cytoscape/dist/cytoscape.min.js'),
    'layout-base.js': join(layoutDir, 'layout-base.js'),
    'cose-base.js': join(coseDir, 'cose-base.js'),
    'cytoscape-fcose.js': join(fcoseDir, 'cytoscape-fcose.js'),
  };
}

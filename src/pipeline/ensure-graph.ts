// Rebuilds data/graph/ when it is missing or was built from other inputs (registers, ontology, code, base).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { hashBuildInputs } from './hash-build-inputs.ts';
import { listRegisterFiles } from './list-register-files.ts';
import { MANIFEST_FILE } from './build-graph.ts';

export type GraphState = { fresh: true } | { fresh: false; reason: string };

export async function checkGraphState(graphDir: string, registerInputs: readonly string[], baseIri: string, mappingFile?: string): Promise<GraphState> {
  const manifestText = await readFile(join(graphDir, MANIFEST_FILE), 'utf8').catch(() => undefined);
  if (manifestText === undefined) return { fresh: false, reason: `${graphDir} has no ${MANIFEST_FILE}` };
  const manifest = JSON.parse(manifestText) as { inputsHash?: string; baseIri?: string };
  if (manifest.baseIri !== baseIri) return { fresh: false, reason: `it was built for base ${manifest.baseIri}, not ${baseIri}` };
  const hash = await hashBuildInputs(await listRegisterFiles(registerInputs), baseIri, mappingFile);
  return manifest.inputsHash === hash ? { fresh: true } : { fresh: false, reason: 'registers, ontology or code changed since it was built' };
}

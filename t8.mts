import { readRegisters } from './src/ingest/read-register-file.ts';
import { loadCatalogues } from './src/model/load-catalogues.ts';
import { createNormaliser } from './src/model/normalise-register.ts';
const [raw] = await readRegisters(process.argv[2]!);
const reg = createNormaliser(await loadCatalogues()).normalise(raw!);
console.log(reg.title, reg.language, reg.preamble.map(f => f.text));
for (const { fields, lines, location, ...t } of reg.treatments) console.log(JSON.stringify(t));

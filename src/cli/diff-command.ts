// `ropa diff`: what changed between two registers (two editions, typically), as text, JSON or Markdown.
import { COMMAND_DESCRIPTIONS } from './command-descriptions.ts';
import { Command } from 'commander';
import { addConfigOptions, readConfigOptions } from './add-config-options.ts';
import { createProcessIo, type CliIo } from './cli-io.ts';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { listRegisterFiles } from '../pipeline/list-register-files.ts';
import { resolveServerConfig } from '../config/server-config.ts';
import { nameRegisterFile } from '../editions/name-register-file.ts';
import { resolveRegisterName, UnknownRegisterError } from '../editions/resolve-register-name.ts';
import { UsageError } from '../errors/usage-error.ts';

const FORMATS = ['text', 'json', 'markdown'] as const;
type DiffFormat = (typeof FORMATS)[number];

export interface DiffOptions {
  format: string;
  registers?: string;
}

export function createDiffCommand(io: CliIo): Command {
  return addConfigOptions(new Command('diff')
    .description(COMMAND_DESCRIPTIONS.diff)
    .argument('<from>', 'the register to compare from: file-name prefix (001), slug, file name, or path to a register file')
    .argument('<to>', 'the register to compare to, named the same way')
    .option('-f, --format <format>', `report format: ${FORMATS.join(', ')}`, 'text'), ['registersDir'])
    .addHelpText(
      'after',
      `
Treatments are paired across the two registers by the similarity of their titles (accents and case
folded, system names read through the catalogue: "Hyde" is "Hydre"), their systems and their purposes.
When both registers are editions of one register (same owner, most treatments paired), the report says
which edition is the older one and on which signals of the texts that rests.
Exit codes: 0 report written, 2 bad argument (unknown register or format), 1 any other failure.

Examples:
  ropa diff 002 001
  ropa diff 002-f61adf4d39622cae 001-16106fe6b7c9f12d --format markdown
  ropa diff data/registers/002_f61adf4d39622cae.txt 001 --format json`,
    )
    .action(async (from: string, to: string, opts: DiffOptions) => {
      io.stdout.write(await runDiff(from, to, opts, io));
    });
}

export async function runDiff(from: string, to: string, opts: DiffOptions, io: CliIo = createProcessIo()): Promise<string> {
  const format = opts.format.toLowerCase();
  if (!isFormat(format)) throw new UsageError(`unknown format "${opts.format}" (--format); use one of: ${FORMATS.join(', ')}`);
  const config = resolveServerConfig(readConfigOptions({ ...opts }, ['registersDir']), io.env);
  // Names are resolved on the file names: only the two registers compared are read (reading all five takes seconds).
  const known = (await listRegisterFiles([config.registersDir])).map(nameRegisterFile);
  const pick = (name: string): string => {
    try {
      return resolveRegisterName(name, known).path;
    } catch (error) {
      // A path names a file that may live outside the folder.
      const path = resolve(name);
      if (statSync(path, { throwIfNoEntry: false })?.isFile() === true) return path;
      if (error instanceof UnknownRegisterError) throw new UsageError(error.message);
      throw error;
    }
  };
  const files = [pick(from), pick(to)];
  // The parsers and the catalogues are loaded once the arguments hold, not for `--help` or a usage error.
  const [{ loadTypedRegisters }, { diffRegisters }, { renderDiffMarkdown }, { renderDiffText }] = await Promise.all([
    import('../editions/load-typed-registers.ts'),
    import('../editions/diff-registers.ts'),
    import('../editions/render-diff-markdown.ts'),
    import('../editions/render-diff-text.ts'),
  ]);
  const { registers, catalogues } = await loadTypedRegisters(files);
  const diff = diffRegisters(registers[0]!, registers[1]!, catalogues);
  if (format === 'json') return `${JSON.stringify(diff, null, 2)}\n`;
  return format === 'markdown' ? renderDiffMarkdown(diff) : renderDiffText(diff);
}

function isFormat(format: string): format is DiffFormat {
  return (FORMATS as readonly string[]).includes(format);
}

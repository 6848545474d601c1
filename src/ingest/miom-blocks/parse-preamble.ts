// Reads the text before the first ACTIVITE/TRAITEMENT line: register title, controller, address and DPO.
import type { ParseWarning } from '../../model/raw-register.ts';
import type { SourceField } from '../../model/source-field.ts';
import { RegisterFormatError } from '../../errors/register-format-error.ts';
import { matchFieldLabel } from './match-field-label.ts';
import { miomPreambleHeadings, type MiomPreambleHeading } from './miom-preamble-headings.ts';
import { normalizeLabel } from './normalize-label.ts';
import type { SourceLine } from './split-source-lines.ts';

/** Labels for preamble text printed without a heading: ours, not the register's. */
const titleLabel = 'Titre du registre';
const unheadedLabel = 'En-tête';

export interface ParsedPreamble {
  readonly title: string;
  readonly entries: SourceField[];
  readonly warnings: ParseWarning[];
}

interface DraftEntry {
  /** The preamble heading that opened the entry; none for the title and unheaded text. */
  readonly heading?: MiomPreambleHeading;
  readonly key: SourceField['key'];
  readonly label: string;
  readonly texts: string[];
  readonly first: number;
  last: number;
}

/**
 * @param lines the lines before the first ACTIVITE/TRAITEMENT line
 * @param blocksStart the line number of that first ACTIVITE/TRAITEMENT line, for whole-preamble errors
 */
export function parsePreamble(
  lines: readonly SourceLine[],
  file: string,
  blocksStart: number,
): ParsedPreamble {
  const drafts: DraftEntry[] = [];
  const warnings: ParseWarning[] = [];
  let title: string | undefined;
  let current: DraftEntry | undefined;

  for (const line of lines) {
    const cells = line.text.split('\t').map((cell) => cell.trim()).filter((cell) => cell !== '');
    const [firstCell] = cells;
    if (firstCell === undefined) continue;
    if (cells.length > 1 && matchFieldLabel(firstCell)) {
      throw new RegisterFormatError(file, line.number, `field line "${firstCell}" before any TRAITEMENT line`);
    }
    const text = cells.join(' ');

    if (title === undefined && normalizeLabel(text).startsWith('registre')) {
      title = text;
      drafts.push({ key: 'other', label: titleLabel, texts: [text], first: line.number, last: line.number });
      current = undefined;
      continue;
    }

    const heading = matchHeading(text);
    // The DPO's own "Coordonnées :" stays inside the DPO block: a second, separate "Coordonnées"
    // entry would not say whose address it is.
    const foldsIntoDpo =
      heading?.heading === miomPreambleHeadings.address && current?.heading === miomPreambleHeadings.dpo;
    if (heading && !foldsIntoDpo) {
      current = {
        heading: heading.heading,
        key: heading.heading.key,
        label: heading.printed,
        texts: heading.inline === '' ? [] : [heading.inline],
        first: line.number,
        last: line.number,
      };
      drafts.push(current);
      continue;
    }

    if (current === undefined) {
      current = { key: 'other', label: unheadedLabel, texts: [], first: line.number, last: line.number };
      drafts.push(current);
    }
    current.texts.push(text);
    current.last = line.number;
  }

  if (title === undefined) {
    throw new RegisterFormatError(
      file,
      blocksStart,
      'no register title (a line starting with "REGISTRE") before the first ACTIVITE/TRAITEMENT line',
    );
  }
  for (const draft of drafts) {
    if (draft.texts.length === 0) {
      warnings.push({ file, line: draft.first, message: `preamble heading "${draft.label}" has no text` });
    }
  }
  if (!drafts.some((draft) => draft.key === 'controllers')) {
    warnings.push({
      file,
      line: blocksStart,
      message: `no "${miomPreambleHeadings.controller.label}" heading before the first ACTIVITE/TRAITEMENT line`,
    });
  }

  const entries = drafts.map((draft) => ({
    key: draft.key,
    label: draft.label,
    text: draft.texts.join(' '),
    lines: { first: draft.first, last: draft.last },
  }));
  return { title, entries, warnings };
}

/** "Heading : inline text" or a bare "Heading", when Heading is one of the preamble headings. */
function matchHeading(
  text: string,
): { heading: MiomPreambleHeading; printed: string; inline: string } | undefined {
  const colon = text.indexOf(':');
  const printed = (colon < 0 ? text : text.slice(0, colon)).trim();
  const inline = colon < 0 ? '' : text.slice(colon + 1).trim();
  const folded = normalizeLabel(printed);
  const heading = Object.values(miomPreambleHeadings).find((candidate) => normalizeLabel(candidate.label) === folded);
  return heading && { heading, printed, inline };
}

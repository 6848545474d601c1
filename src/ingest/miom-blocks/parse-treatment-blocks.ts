// Reads the ACTIVITE / TRAITEMENT blocks, from the first header line to the end of the file.
import type { ParseWarning, RawTreatment } from '../../model/raw-register.ts';
import { RegisterFormatError } from '../../errors/register-format-error.ts';
import { classifyBlockLine } from './classify-block-line.ts';
import { checkTreatmentNumbering } from './check-treatment-numbering.ts';
import { completeTreatment, type DraftTreatment } from './complete-treatment.ts';
import type { SourceLine } from './split-source-lines.ts';

export interface ParsedBlocks {
  readonly treatments: RawTreatment[];
  readonly warnings: ParseWarning[];
}

interface ActivityHeader {
  readonly number: string;
  title: string;
  readonly line: number;
}

export function parseTreatmentBlocks(lines: readonly SourceLine[], file: string): ParsedBlocks {
  const treatments: RawTreatment[] = [];
  const warnings: ParseWarning[] = [];
  const activityTitles = new Map<string, ActivityHeader>();
  const treatmentLines = new Map<string, number>();
  /** The activity the next TRAITEMENT belongs to. */
  let activity: ActivityHeader | undefined;
  /** An ACTIVITE header not yet followed by its TRAITEMENT; it opens that treatment's line range. */
  let pendingActivity: ActivityHeader | undefined;
  let current: DraftTreatment | undefined;
  let afterBlank = false;

  const closeCurrent = (endOfFile: boolean): void => {
    if (!current) return;
    const completed = completeTreatment(current, treatments.length + 1, file, endOfFile);
    treatments.push(completed.treatment);
    warnings.push(...completed.warnings);
    current = undefined;
  };

  for (const line of lines) {
    const parsed = classifyBlockLine(line.text);
    if (parsed.kind === 'blank') {
      afterBlank = true;
      continue;
    }
    const wasAfterBlank = afterBlank;
    afterBlank = false;

    switch (parsed.kind) {
      case 'activity': {
        closeCurrent(false);
        if (pendingActivity) throw headerWithoutTreatment(file, pendingActivity);
        const earlier = activityTitles.get(parsed.number);
        if (earlier && earlier.title !== parsed.title) {
          warnings.push({
            file,
            line: line.number,
            message: `ACTIVITE n° ${parsed.number} is titled "${parsed.title}" here but "${earlier.title}" at line ${earlier.line}`,
          });
        }
        activity = { number: parsed.number, title: parsed.title, line: line.number };
        if (!earlier) activityTitles.set(parsed.number, activity);
        pendingActivity = activity;
        break;
      }
      case 'treatment': {
        closeCurrent(false);
        warnings.push(
          ...checkTreatmentNumbering({
            file,
            line: line.number,
            number: parsed.number,
            title: parsed.title,
            activityNumber: activity?.number,
            seenNumbers: treatmentLines,
          }),
        );
        current = {
          number: parsed.number,
          headerLine: line.number,
          ...(activity && { activity: { number: activity.number, title: activity.title } }),
          first: pendingActivity?.line ?? line.number,
          last: line.number,
          fields:
            parsed.title === ''
              ? []
              : [{ key: 'title', label: parsed.label, text: parsed.title, first: line.number, last: line.number }],
        };
        pendingActivity = undefined;
        break;
      }
      case 'field': {
        if (!current) {
          const where = pendingActivity
            ? `between ACTIVITE n° ${pendingActivity.number} (line ${pendingActivity.line}) and its TRAITEMENT line`
            : 'outside any TRAITEMENT block';
          throw new RegisterFormatError(file, line.number, `field line "${parsed.label}" ${where}`);
        }
        const duplicate = current.fields.find((field) => field.key === parsed.field.key);
        if (duplicate) {
          // Two blocks run together (a lost TRAITEMENT line) would show up this way: guessing which
          // treatment the second value belongs to would mix them.
          const reason =
            `"${parsed.label}" given twice in TRAITEMENT n° ${current.number} (first at line ${duplicate.first}); ` +
            'is a TRAITEMENT line missing?';
          throw new RegisterFormatError(file, line.number, reason);
        }
        if (parsed.valueCells > 1) {
          const message = `"${parsed.label}" has ${parsed.valueCells} value cells, joined with a space`;
          warnings.push({ file, line: line.number, message });
        }
        const { key } = parsed.field;
        current.fields.push({ key, label: parsed.label, text: parsed.value, first: line.number, last: line.number });
        current.last = line.number;
        break;
      }
      case 'continuation': {
        if (current) {
          const previous = current.fields[current.fields.length - 1];
          if (!previous) {
            throw new RegisterFormatError(file, line.number, `unlabelled text in TRAITEMENT n° ${current.number}`);
          }
          if (wasAfterBlank) {
            warnings.push({
              file,
              line: line.number,
              message: `unlabelled text after a blank line appended to "${previous.label}" of TRAITEMENT n° ${current.number}`,
            });
          }
          previous.text = previous.text === '' ? parsed.text : `${previous.text} ${parsed.text}`;
          previous.last = line.number;
          current.last = line.number;
        } else if (pendingActivity) {
          // A long activity title wrapped onto a second line; the treatment's range starts at the
          // ACTIVITE line, so this line stays inside it.
          const message = `unlabelled text appended to the title of ACTIVITE n° ${pendingActivity.number}`;
          warnings.push({ file, line: line.number, message });
          pendingActivity.title = `${pendingActivity.title} ${parsed.text}`.trim();
        } else {
          throw new RegisterFormatError(file, line.number, 'unlabelled text outside any TRAITEMENT block');
        }
        break;
      }
      case 'unknown-label': {
        // Kept an error rather than an "other" field: every block of the register prints the same
        // twelve labels, so a new one means the layout changed (or a label was mangled) and should be
        // mapped on purpose, not silently set aside.
        const where = current ? `in TRAITEMENT n° ${current.number}` : 'outside any TRAITEMENT block';
        throw new RegisterFormatError(file, line.number, `unknown label "${parsed.label}" ${where}`);
      }
    }
  }

  closeCurrent(true);
  if (pendingActivity) throw headerWithoutTreatment(file, pendingActivity);
  return { treatments, warnings };
}

function headerWithoutTreatment(file: string, header: ActivityHeader): RegisterFormatError {
  const reason = `ACTIVITE n° ${header.number} is not followed by any TRAITEMENT line`;
  return new RegisterFormatError(file, header.line, reason);
}

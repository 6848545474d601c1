// Checks a TRAITEMENT header against its ACTIVITE and the numbers seen so far; oddities become warnings.
import type { ParseWarning } from '../../model/raw-register.ts';

export interface TreatmentHeaderContext {
  readonly file: string;
  readonly line: number;
  readonly number: string;
  readonly title: string;
  /** Number of the ACTIVITE in force, if any. */
  readonly activityNumber: string | undefined;
  /** Line of the first header of each TRAITEMENT number seen so far; updated here. */
  readonly seenNumbers: Map<string, number>;
}

export function checkTreatmentNumbering(context: TreatmentHeaderContext): ParseWarning[] {
  const { file, line, number, title, activityNumber, seenNumbers } = context;
  const messages: string[] = [];
  if (activityNumber === undefined) {
    messages.push(`TRAITEMENT n° ${number} comes before any ACTIVITE line`);
  } else if (!number.startsWith(`${activityNumber}.`)) {
    // "n.m" is numbered inside ACTIVITE n: another prefix hints at a lost or misplaced ACTIVITE line.
    messages.push(`TRAITEMENT n° ${number} is numbered outside its ACTIVITE n° ${activityNumber}`);
  }
  const earlierLine = seenNumbers.get(number);
  if (earlierLine === undefined) seenNumbers.set(number, line);
  else messages.push(`TRAITEMENT n° ${number} already appears at line ${earlierLine}`);
  if (title === '') messages.push(`TRAITEMENT n° ${number} has no title`);
  return messages.map((message) => ({ file, line, message }));
}

// A transfer statement as the exports write it: the register's answer, and what it says after it.
import { TRANSFER_ANSWERS } from '../model/export-conventions.ts';
import type { Row } from './group-source-fields.ts';

/**
 * "Non", "Oui", or what the register says after it ("Oui : vers …"). A bare answer ("Non", "No", "Néant") is written as
 * the register wrote it: it says all there is, and building the export back gives the same words.
 */
export function transferText(statement: Row): string {
  const stated = statement.stated?.value;
  const said = stated === 'none' ? TRANSFER_ANSWERS.none : stated === 'yes' ? TRANSFER_ANSWERS.yes : TRANSFER_ANSWERS['not-stated'];
  const text = statement.text?.value.trim() ?? '';
  const bare = text.toLowerCase().replace(/[.!\s]+$/, '');
  if (text === '') return said;
  return ['non', 'no', 'none', 'aucun', 'néant', 'oui', 'yes'].includes(bare) ? text : `${said} : ${text}`;
}

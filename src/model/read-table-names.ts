// The organisations a table names that our catalogues do not know: a DPO's own commune, service or provider.
import type { SourceField } from './source-field.ts';
import type { Party, Treatment } from './treatment.ts';
import { cleanText } from './text/clean-text.ts';
import { splitStatements } from './text/split-statements.ts';
import { isNotApplicable } from './text/find-contacts.ts';

type Recognise = (text: string) => string[];

/** A list item of a few words is a name; a comma between such names separates them ("Préfecture, INSEE"). */
const NAME_WORDS = 6;

/**
 * In a table, a cell of the controllers, recipients or processors column names bodies: those the catalogues know are
 * linked as shared nodes; the others become the treatment's own (a party, a recipient), so that a stated controller
 * or recipient is never missing from the graph. Text registers' cells are prose, not lists of names: not read so.
 */
export function readTableNames(
  fields: readonly SourceField[],
  recognise: Recognise,
): Pick<Treatment, 'parties' | 'recipientDetails'> {
  const of = (key: SourceField['key']) => fields.filter((f) => f.key === key && !isNotApplicable(f.reading ?? f.text));
  const parties: Party[] = of('controllers')
    .map((f) => cleanText((f.reading ?? f.text).split('\n')[0] ?? ''))
    .filter((name) => name !== '' && recognise(name).length === 0)
    .map((name) => ({ role: 'controller', name, organisations: [] }));
  const recipients = [
    ...unknownNames(of('recipients'), recognise).map((name) => ({ name, types: [], processor: false, organisations: [] })),
    ...unknownNames(of('processors'), recognise).map((name) => ({ name, types: ['dpv:DataProcessor'], processor: true, organisations: [] })),
  ];
  return { ...(parties.length > 0 ? { parties } : {}), ...(recipients.length > 0 ? { recipientDetails: recipients } : {}) };
}

function unknownNames(fields: readonly SourceField[], recognise: Recognise): string[] {
  const names = fields.flatMap((f) => splitStatements(f.reading ?? f.text)).flatMap((item) => {
    const parts = item.split(/\s*,\s*/);
    return parts.every((p) => p.split(/\s+/).length <= NAME_WORDS) ? parts : [item];
  });
  return [...new Set(names.map((n) => cleanText(n)).filter((n) => /\p{L}/u.test(n) && !isNotApplicable(n) && recognise(n).length === 0))];
}

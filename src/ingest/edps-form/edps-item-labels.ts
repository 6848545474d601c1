// The numbered items of the EDPS record template, their printed label variants and the field key each feeds.
import type { FieldKey } from '../../model/source-field.ts';

export interface EdpsItemLabel {
  /** The label as the template prints it; variants that records print instead. */
  readonly labels: readonly string[];
  readonly key: FieldKey;
}

/** In template order. Every record prints all of them, "n/a" included, so each one is mandatory: a
 * record without one of them was cut. */
export const edpsItemLabels: readonly EdpsItemLabel[] = [
  { labels: ['Last update of this record'], key: 'lastUpdate' },
  { labels: ['Reference number'], key: 'referenceNumber' },
  { labels: ['Name and contact details of controller'], key: 'controllers' },
  { labels: ['Name and contact details of DPO'], key: 'dpo' },
  { labels: ['Name and contact details of joint controller (where applicable)'], key: 'jointControllers' },
  { labels: ['Name and contact details of processor (where applicable)'], key: 'processors' },
  {
    labels: ['Very short description and purpose of the processing', 'Short description and purpose of the processing'],
    key: 'purposes',
  },
  {
    // One cell for both: records mix persons and data categories in one text, so the parser keeps it whole.
    labels: ['Description of categories of persons whose data the EDPS processes and list of data categories'],
    key: 'dataSubjectsAndCategories',
  },
  { labels: ['Time limit for keeping the data'], key: 'retention' },
  { labels: ['Recipients of the data'], key: 'recipients' },
  {
    labels: [
      'Are there any transfers of personal data to third countries or international organisations? If so, to which ones and with which safeguards?',
    ],
    key: 'transfers',
  },
  { labels: ['General description of security measures, where possible.'], key: 'securityMeasures' },
  {
    labels: [
      'For more information, including how to exercise your rights to access, rectification, object and data portability (where applicable), see the data protection notice:',
    ],
    key: 'privacyStatement',
  },
];

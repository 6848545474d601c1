// Worksheet names from the registers' titles: the words that tell them apart, within Excel's 31 characters.
import { describe, expect, it } from 'vitest';
import { shortenRegisterTitle } from '../../src/reports/shorten-register-title.ts';
import { nameSheets } from '../../src/reports/name-sheets.ts';

describe('shortenRegisterTitle', () => {
  it.each([
    ['Registre de la Division Des Cabinets (DDC)', 'Division Des Cabinets (DDC)'],
    ['Registre de la Direction du Numérique (DNUM)', 'Direction du Numérique (DNUM)'],
    ['Registre de la Direction du Numérique (DNUM) en tant que responsable de traitement', 'Direction du Numérique (DNUM)…'],
    ['Registre de la Fabrique de la Direction du numérique', 'Fabrique de la Direction du…'],
    // In capitals: put in sentence case.
    ['REGISTRE DES ACTIVITES DE TRAITEMENTS DE DONNEES PERSONNELLES DE LA DIRECTION DE LA TRANSFORMATION NUMERIQUE', 'Direction de la transformation…'],
    ['EDPS record of processing activity — Selection of Seconded National Experts (SNE)', 'Selection of Seconded National…'],
    ['EDPS record of processing activity — Use of Corporate Credit Card by Staff', 'Use of Corporate Credit Card…'],
    // Nothing but the lead would be left: the title is kept, cut at a word.
    ['Registre des activités de traitement (registre-traitement-simplifie.ods)', 'Registre des activités de…'],
    ['Registre RH', 'Registre RH'],
  ])('%s → %s', (title, sheet) => {
    expect(shortenRegisterTitle(title)).toBe(sheet);
    expect(sheet.length).toBeLessThanOrEqual(31);
  });

  it('gives names nameSheets keeps legal and unique', () => {
    const titles = [
      'Registre du service RH: paie/congés [2024]',
      'Registre du service des ressources humaines et de la paie',
      'Registre du service des ressources humaines et de la formation',
    ];
    expect(nameSheets(titles.map(shortenRegisterTitle), ['Sommaire'])).toEqual([
      'Service RH- paie-congés -2024-',
      'Service des ressources…',
      'Service des ressources… (2)',
    ]);
  });
});

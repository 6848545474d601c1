// Tests the exact titles read from the four registers, checked by hand against the files.
import { describe, expect, it } from 'vitest';
import { msTableLayout } from '../../../src/ingest/ms-table/ms-table-layout.ts';
import { readRegisterText, registerFiles, type RegisterFile } from './fixtures.ts';

/** HTML is kept verbatim; "Gestion de tickets <p>support Pass-ITSM</p>" and "VODMCAS … multimédias" are cut titles joined. */
const expectedTitles: Record<RegisterFile, string[]> = {
  '000_49a1ce6041cf4ed6.txt': [
    'Annuaire et trombinoscope',
    'Correspondance (requête/intervention) adressée aux membres du gouvernement relevant des ministères sociaux',
    'DIHOMED',
    'Gestion budgétaire',
    'Gestion droits utilisateurs',
    'Gestion locale RH',
    'Gestion logistique-informatique',
    'Dossier social informatisé – Mon Suivi Social',
    'Questionnaire états-généraux de la maltraitance',
  ],
  '001_16106fe6b7c9f12d.txt': [
    '6PO - Outil Partagé des Pilotages des Plans, Programmes, Projets et Parcours',
    'Collecte-Pro',
    'Création de contenu professionnel collaboratif ou non via Office365',
    'Fiche Commune Entreprise',
    'Gestion de la messagerie et des agendas Exchange2013',
    'Gestion de la messagerie professionnelle Office365',
    'Gestion de tickets support Pass-ITSM',
    'Gestion des agendas professionnels Office365',
    'Gestion des annuaires Hyde, Polaris, Eridan, Orion',
    'Gestion des annuaires professionnels pour Office365',
    'Gestion des certificats ImageV2',
    '<p>Gestion des outils de communication (webconférences discussions instantanées) Office365</p>',
    'Le qui fait quoi DNUM',
    'Mailoop Infobésité (analyse statistiques échanges, messages, réunions)',
    'NUMOBIS',
    'Pegase Gestion dématérialisée de courrier',
    'SI honorabilité',
    'Service WIFI invités',
    'Socle Enquêtes SOLEN',
    'Socle Espaces collaboratifs WSS/ECU',
    'Support Informatique',
    'VODMCAS - Stockage et diffusion de fichiers multimédias',
  ],
  '002_f61adf4d39622cae.txt': [
    'Base séquestre données de vaccination covid-19',
    'Collecte-Pro',
    'Création de contenu professionnel collaboratif ou non via Office365',
    'DIGIMO-Cobundu - Réservation de postes de travail',
    'Gestion de la messagerie et des agendas Exchange2013',
    '<p>Gestion de la messagerie professionnelle Office365</p>',
    'Gestion de tickets <p>support Pass-ITSM</p>',
    '<p>Gestion des agendas professionnels Office365</p>',
    'Gestion des annuaires Hydre, Polaris, Eridan, Orion',
    'Gestion des annuaires professionnels pour Office365',
    '<p>Gestion des outils de communication (webconférences discussions instantanées) Office365</p>',
    'Le qui fait quoi DNUM',
    'NUMOBIS',
    'Pégase Gestion dématérialisée de courrier',
    'SI honorabilité',
    '<p>Socle Enquêtes SOLEN</p>',
    'Socle Espaces collaboratifs WSS/ECU',
    'Support Informatique',
  ],
  '003_60ea04d657be5b10.txt': [
    '1000Premier sjours',
    'Archifiltre',
    'Domifa',
    'E-mjpm',
    '<p>Enfants du Spectacle</p>',
    '<p>Jardin Mental</p>',
    'MANO',
    'MonPsy',
    'Ozensemble',
    'Reva (expérimentation)',
    'TumePlay',
  ],
};

describe('treatment titles', () => {
  it('lists 60 titles in all', () => {
    expect(Object.values(expectedTitles).flat()).toHaveLength(60);
  });

  it.each(registerFiles)('%s', (file) => {
    const register = msTableLayout.parse(readRegisterText(file), file);
    const titles = register.treatments.map((t) => t.fields.find((f) => f.key === 'title')?.text);
    expect(titles).toEqual(expectedTitles[file]);
  });
});

// The home page: the questions a DPO comes with, each leading to the page that answers it; SPARQL one click away.
import escapeHtml from 'escape-html';
import { renderPage } from '../../html/render-page.ts';
import { CATALOGUE_PATH, QUERY_PAGE_PATH } from '../../html/site-sections.ts';
import type { RegisterStats } from '../../linked-data/load-dataset-stats.ts';
import { linkRegisterViews } from '../link-related-views.ts';

export interface HomeRegister extends Pick<RegisterStats, 'slug' | 'iri' | 'title' | 'titleLanguage' | 'treatments'> {
  /** The register's page on this server. */
  href: string;
}

interface Question {
  question: string;
  answer: string;
  links: { label: string; href: string }[];
}

/** A canned query opened in its own tab of the query page (see public/query/query-page.js). */
const example = (name: string) => `${QUERY_PAGE_PATH}?${new URLSearchParams({ example: name })}`;

const QUESTIONS: readonly Question[] = [
  {
    question: 'Quels traitements un registre déclare-t-il, et que dit chacun ?',
    answer: 'Chaque registre régénéré au modèle de la CNIL, une fiche imprimable par traitement ; chaque valeur cite les lignes du registre d’où elle vient.',
    links: [{ label: 'Rapports et fiches', href: '/reports' }],
  },
  {
    question: 'Quels traitements portent sur des données sensibles ?',
    answer: 'Catégories particulières (article 9), infractions et condamnations (article 10), numéro de sécurité sociale (NIR) : la liste, et ceux pour lesquels aucune analyse d’impact n’est mentionnée.',
    links: [
      { label: 'Données sensibles (article 9)', href: example('treatments-processing-special-categories') },
      { label: 'NIR', href: example('treatments-processing-nir') },
      { label: 'Sans AIPD mentionnée', href: example('sensitive-data-without-dpia') },
    ],
  },
  {
    question: 'Qu’est-ce qui manque ou pose question dans les registres ?',
    answer: 'Les contrôles de conformité : durée de conservation absente, base légale manquante, fiche ancienne… par registre et par gravité.',
    links: [{ label: 'Contrôles', href: '/checks' }],
  },
  {
    question: 'Quels systèmes, prestataires ou organismes sont partagés entre traitements ?',
    answer: 'L’explorateur dessine les liens entre traitements, systèmes, organisations et catégories de données ; cherchez un nom pour partir de lui.',
    links: [
      { label: 'Explorer le graphe', href: '/explore' },
      { label: 'Systèmes partagés entre registres', href: example('systems-shared-across-registers') },
    ],
  },
  {
    question: 'Qu’est-ce qui a changé d’une édition d’un registre à l’autre ?',
    answer: 'Traitements ajoutés, retirés ou modifiés, mot à mot, entre deux éditions.',
    links: [{ label: 'Éditions des registres', href: '/diff' }],
  },
  {
    question: 'Une question plus précise ?',
    answer: 'Le graphe répond en SPARQL : partez de l’une des requêtes d’exemple, modifiez-la, téléchargez le résultat.',
    links: [{ label: 'Requêtes SPARQL', href: QUERY_PAGE_PATH }],
  },
  {
    question: 'Réutiliser les données ?',
    answer: 'Le graphe complet et chaque registre en Turtle, JSON-LD, N-Triples, RDF/XML, N-Quads et TriG, décrits dans un catalogue DCAT-AP que data.gouv.fr sait moissonner.',
    links: [
      { label: 'Téléchargements', href: '/export' },
      { label: 'Catalogue DCAT-AP', href: CATALOGUE_PATH },
    ],
  },
];

export function renderHomePage(registers: readonly HomeRegister[]): string {
  const e = escapeHtml;
  const total = registers.reduce((n, r) => n + r.treatments, 0);
  const questions = QUESTIONS.map(
    (q) => `<li class="question">
<h3>${e(q.question)}</h3>
<p>${e(q.answer)}</p>
<p class="question-links">${q.links.map((l) => `<a href="${e(l.href)}">${e(l.label)}</a>`).join(' ')}</p>
</li>`,
  ).join('\n');
  const rows = registers
    .map(
      (r) => `<li><a href="${e(r.href)}"${r.titleLanguage && r.titleLanguage !== 'fr' ? ` lang="${e(r.titleLanguage)}"` : ''}>${e(r.title)}</a> <span class="count">(${r.treatments} traitement${r.treatments > 1 ? 's' : ''})</span>
<span class="register-links">${linkRegisterViews(r.iri, r.slug).map((l) => `<a href="${e(l.href)}">${e(l.label)}</a>`).join(' · ')}</span></li>`,
    )
    .join('\n');
  const body = `<h1>Les registres RGPD des ministères, lisibles et vérifiables</h1>
<p class="lead">Les registres des activités de traitement (article 30 du RGPD) publiés par des ministères, lus sans perdre un mot et reliés entre eux : ${registers.length} registres, ${total} traitements. Chaque valeur renvoie aux lignes du registre d’où elle a été lue.</p>
<section aria-labelledby="questions-title">
<h2 id="questions-title">Vos questions</h2>
<ul class="questions">
${questions}
</ul>
</section>
<section aria-labelledby="registers-title">
<h2 id="registers-title">Les registres</h2>
<ul class="registers">
${rows}
</ul>
</section>`;
  return renderPage({ title: 'Accueil', body, section: 'home' });
}


// The accessibility statement RGAA asks every public site for: the conformance status, what our own tests measure, the known limits.
import { renderPage } from '../../html/render-page.ts';
import { QUERY_PAGE_PATH } from '../../html/site-sections.ts';

/** What the browser tests check, page type by page type (test/browser/site-pages.test.ts, accessibility.test.ts). */
const PAGE_TYPES = [
  'l’accueil',
  'la page de requêtes SPARQL (avant et après une requête)',
  'l’explorateur',
  'les contrôles',
  'les rapports, les fiches d’un registre et la fiche d’un traitement',
  'les éditions et la comparaison de deux éditions',
  'les téléchargements, le catalogue DCAT-AP, la description VoID et celle du service SPARQL',
  'les pages d’un traitement (en français et en anglais), d’un registre, d’un système, d’un terme DPV',
  'la page d’erreur 404 et cette déclaration',
];

export function renderAccessibilityPage(): string {
  const body = `<h1>Déclaration d’accessibilité</h1>
<p>Les administrations qui publient ce service sont tenues de rendre leurs sites accessibles (article 47 de la loi n° 2005-102 du 11 février 2005). Cette déclaration s’applique aux pages servies par ropa-graph.</p>

<h2>État de conformité</h2>
<p><strong>Non conforme</strong> au référentiel général d’amélioration de l’accessibilité (RGAA 4.1) : aucun audit des 106 critères n’a encore été mené. Le RGAA demande de déclarer un site non conforme tant qu’un tel audit n’a pas établi un taux de conformité.</p>

<h2>Ce que mesurent nos propres tests</h2>
<p>À chaque version, des tests automatiques ouvrent chaque type de page dans Chromium, sur un écran de 1280 pixels et sur un téléphone de 390 pixels de large :</p>
<ul>
${PAGE_TYPES.map((p) => `<li>${p} ;</li>`).join('\n')}
</ul>
<p>Sur chacune, ils vérifient :</p>
<ul>
<li>les règles WCAG 2.1 de niveaux A et AA de l’outil axe-core (celles sur lesquelles le RGAA s’appuie) : <strong>aucune violation critique ni grave</strong> ;</li>
<li>au clavier, 40 appuis sur Tab depuis le chargement : le premier lien est « Aller au contenu », et le focus n’est jamais piégé ;</li>
<li>sur téléphone, aucun défilement horizontal : les tableaux deviennent des fiches ;</li>
<li>les textes en anglais (les registres du Contrôleur européen de la protection des données) sont marqués <code>lang="en"</code>, pour être lus avec la bonne prononciation.</li>
</ul>
<p>Ces tests automatiques couvrent une partie seulement des critères du RGAA : la pertinence des textes alternatifs, l’ordre de lecture ou la compréhension des contenus demandent un examen humain.</p>

<h2>Limites connues</h2>
<ul>
<li>Le dessin du graphe dans l’explorateur est une image : la liste « Nœuds affichés », sous le dessin, en donne le contenu, et chaque nœud a sa page.</li>
<li>Dans l’éditeur de requêtes, la touche Tab fait sortir de l’éditeur ; pour indenter, utilisez Ctrl+] (et Ctrl+[ pour désindenter) ; Ctrl+Entrée lance la requête (<a href="${QUERY_PAGE_PATH}">Requêtes SPARQL</a>).</li>
<li>Les registres d’origine (fichiers PDF ou texte des ministères) ne sont pas des contenus de ce site ; leur texte est repris, mot pour mot, dans les pages des traitements.</li>
</ul>

<h2>Retour d’information et voies de recours</h2>
<p>Si vous n’arrivez pas à accéder à un contenu ou à un service, signalez-le à l’administration qui publie ce service : elle vous orientera vers une alternative accessible ou vous fournira le contenu sous une autre forme.</p>
<p>Si, après l’avoir signalé, vous n’avez pas obtenu de réponse satisfaisante, vous pouvez saisir le Défenseur des droits : par son formulaire en ligne, auprès de l’un de ses délégués dans votre région, ou par courrier gratuit, sans timbre, à « Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07 ».</p>`;
  return renderPage({ title: 'Déclaration d’accessibilité', body });
}

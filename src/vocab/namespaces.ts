// The only place namespace IRIs are written: typed term builders for every vocabulary we emit.
import { DataFactory, type NamedNode } from 'n3';

const { namedNode } = DataFactory;

/** Builds a namespace whose known local names are typed; `term(name)` reaches any other name. */
function defineNamespace<const L extends string>(iri: string, locals: readonly L[]) {
  const terms = Object.fromEntries(locals.map((l) => [l, namedNode(iri + l)])) as Record<L, NamedNode>;
  return { ...terms, $iri: iri, term: (local: string): NamedNode => namedNode(iri + local) };
}

export const PREFIXES = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  owl: 'http://www.w3.org/2002/07/owl#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  dct: 'http://purl.org/dc/terms/',
  prov: 'http://www.w3.org/ns/prov#',
  time: 'http://www.w3.org/2006/time#',
  dcat: 'http://www.w3.org/ns/dcat#',
  void: 'http://rdfs.org/ns/void#',
  sd: 'http://www.w3.org/ns/sparql-service-description#',
  foaf: 'http://xmlns.com/foaf/0.1/',
  dpv: 'https://w3id.org/dpv#',
  pd: 'https://w3id.org/dpv/pd#',
  tech: 'https://w3id.org/dpv/tech#',
  'eu-gdpr': 'https://w3id.org/dpv/legal/eu/gdpr#',
  loc: 'https://w3id.org/dpv/loc#',
  ropa: 'https://w3id.org/ropa-graph/ns#',
  formats: 'http://www.w3.org/ns/formats/',
} as const;
export type Prefix = keyof typeof PREFIXES;

export const rdf = defineNamespace(PREFIXES.rdf, ['type', 'value', 'langString'] as const);
export const rdfs = defineNamespace(PREFIXES.rdfs, ['label', 'comment', 'seeAlso', 'Class', 'subClassOf', 'subPropertyOf', 'domain', 'range'] as const);
export const xsd = defineNamespace(PREFIXES.xsd, ['string', 'date', 'duration', 'integer', 'dateTime', 'boolean', 'decimal', 'language'] as const);
export const owl = defineNamespace(PREFIXES.owl, ['Ontology', 'Class', 'ObjectProperty', 'DatatypeProperty', 'versionInfo', 'sameAs'] as const);
export const skos = defineNamespace(PREFIXES.skos, ['Concept', 'ConceptScheme', 'prefLabel', 'altLabel', 'broader', 'inScheme', 'definition', 'scopeNote', 'notation', 'hiddenLabel', 'closeMatch'] as const);
export const dct = defineNamespace(PREFIXES.dct, ['title', 'description', 'hasPart', 'isPartOf', 'modified', 'source', 'identifier', 'publisher', 'isVersionOf', 'created', 'issued', 'license', 'format', 'conformsTo', 'language', 'spatial', 'temporal', 'type', 'bibliographicCitation'] as const);
export const prov = defineNamespace(PREFIXES.prov, ['wasDerivedFrom', 'wasRevisionOf', 'Entity', 'value', 'atLocation', 'qualifiedRevision', 'Revision', 'entity'] as const);
/** OWL-Time: a duration as a number of a unit, which every SPARQL engine compares (xsd:duration order is optional). */
export const time = defineNamespace(PREFIXES.time, ['Duration', 'numericDuration', 'unitType', 'unitMonth'] as const);
export const dcat = defineNamespace(PREFIXES.dcat, [
  'Dataset', 'Distribution', 'Catalog', 'distribution', 'downloadURL', 'mediaType', 'accessURL', 'DataService', 'endpointURL',
  'servesDataset', 'dataset', 'service', 'keyword', 'theme', 'themeTaxonomy', 'contactPoint', 'landingPage', 'byteSize',
  'endpointDescription', 'accessService', 'startDate', 'endDate',
] as const);
export const voidNs = defineNamespace(PREFIXES.void, ['Dataset', 'triples', 'entities', 'sparqlEndpoint', 'dataDump', 'vocabulary', 'uriSpace', 'exampleResource', 'subset', 'classes', 'properties', 'distinctSubjects'] as const);
export const sd = defineNamespace(PREFIXES.sd, ['Service', 'endpoint', 'supportedLanguage', 'SPARQL11Query', 'resultFormat', 'feature', 'defaultDataset', 'Dataset', 'defaultGraph', 'Graph', 'UnionDefaultGraph', 'BasicFederatedQuery', 'namedGraph', 'NamedGraph', 'name', 'graph', 'GraphCollection'] as const);
export const formats = defineNamespace(PREFIXES.formats, ['SPARQL_Results_JSON', 'SPARQL_Results_XML', 'SPARQL_Results_CSV', 'SPARQL_Results_TSV', 'Turtle', 'N-Triples', 'JSON-LD', 'RDF_XML', 'N-Quads', 'TriG'] as const);
export const foaf = defineNamespace(PREFIXES.foaf, ['page', 'homepage', 'mbox', 'Agent', 'name', 'primaryTopic'] as const);
export const dpv = defineNamespace(PREFIXES.dpv, [
  'PersonalDataProcess', 'ROPA', 'Purpose', 'PersonalData', 'SensitivePersonalData', 'SpecialCategoryPersonalData',
  'DataController', 'DataProcessor', 'Recipient', 'Organisation', 'LegalEntity', 'Technology', 'Policy',
  'StorageDuration', 'Duration', 'UntilEventDuration', 'IndeterminateDuration', 'EndlessDuration', 'TemporalDuration',
  'DataSubject', 'LegalBasis', 'ThirdCountry', 'ImpactAssessment', 'DPIA', 'TechnicalOrganisationalMeasure',
  'DataTransferLegalBasis', 'Law', 'DataProtectionOfficer', 'JointDataControllers', 'Entity', 'Location',
  'hasDataController', 'hasPurpose', 'hasPersonalData', 'hasDataSubject', 'hasRecipient', 'hasDataProcessor',
  'hasStorageCondition', 'hasDuration', 'hasLegalBasis', 'hasThirdCountry', 'hasPolicy',
  'hasTechnicalOrganisationalMeasure', 'hasImpactAssessment', 'isImplementedUsingTechnology', 'hasName',
  'hasContact', 'hasDataProtectionOfficer', 'hasEntity', 'hasLocation', 'hasCountry', 'hasJointDataControllers', 'hasProcess',
  'hasJurisdiction', 'PrivacyNotice', 'hasNotice',
  'Process', 'hasProcessing', 'CrossBorderTransfer', 'HumanSubject', 'SecurityAssessment', 'Context',
  'hasDataExporter', 'hasDataImporter', 'DataExporter', 'DataImporter',
  'hasAddress', 'hasRepresentative', 'Representative', 'OrganisationalUnit', 'ThirdParty', 'SafeguardForDataTransfer',
] as const);
export const pd = defineNamespace(PREFIXES.pd, [] as const);
export const tech = defineNamespace(PREFIXES.tech, ['hasProvider', 'Provider'] as const);
export const euGdpr = defineNamespace(PREFIXES['eu-gdpr'], [] as const);
export const loc = defineNamespace(PREFIXES.loc, [] as const);
/** Our own ontology (see ontology/ropa.ttl): a fixed namespace, independent of the data's base IRI. */
export const ropa = defineNamespace(PREFIXES.ropa, [
  'Register', 'Treatment', 'SourceRecord', 'SourceField', 'System', 'PurposeStatement', 'RetentionStatement',
  'TransferStatement', 'NoTransfer', 'Warning', 'Activity', 'DataCategory',
  'sourceFile', 'firstLine', 'lastLine', 'fieldKey', 'fieldLabel', 'verbatim', 'hasSourceField', 'layout',
  'ordinal', 'registerNumber', 'activity', 'hasWarning', 'warningMessage', 'transferStatement', 'transferStated',
  'dpiaStatement', 'lastUpdateText', 'legalBasisText', 'legalFoundation', 'alias', 'rightsContact', 'controllerText',
  'preamble',
  'EditionOrdering', 'EditionAlignment', 'OrderingSignal', 'reason', 'alignmentScore', 'titleSimilarity', 'systemSimilarity',
  'purposeSimilarity', 'sharedSystem', 'sharedWord', 'spellingVariant', 'alignedTreatments', 'alignmentThreshold',
  'orderingSignal', 'signalKind', 'signalWeight', 'indicatesNewer',
  'LegalBasisStatement', 'legalBasisStatement', 'articleReference',
  'classifiedFrom', 'RetentionEvent', 'countedFrom', 'lastsUntil', 'lastsWhile', 'StatedTransfer', 'InferredTransfer',
  // Concepts DPV 2.3 lacks, each under the nearest DPV one (ontology/ropa.ttl, ontology/rules/).
  'WorkToolProvision', 'AssetManagement', 'DirectoryManagement', 'SocialSupport', 'PublicServiceProvision',
  'AdministrativeSupervision', 'IntegrityCheck', 'DatabaseSecurity', 'HostingInOwnDataCentre',
  'sourceSheet', 'sourceCell', 'creationText', 'recipientType',
  // The manifest graph that `ropa publish` writes into an external store (which build the store holds).
  'inputsHash',
] as const);
/** SHACL and our shapes (ontology/shapes/): the compliance checks only; kept out of PREFIXES, the data never uses them. */
export const sh = defineNamespace('http://www.w3.org/ns/shacl#', [
  'ValidationReport', 'ValidationResult', 'conforms', 'result', 'focusNode', 'resultSeverity', 'sourceShape',
  'resultMessage', 'resultPath', 'value', 'Violation', 'Warning', 'Info', 'name', 'message', 'severity',
] as const);
export const ropaShapes = defineNamespace('https://w3id.org/ropa-graph/shapes#', ['maxAge', 'cutOffDate', 'messageUnder'] as const);

/**
 * DCAT-AP's other vocabularies and the code lists of the open-data catalogue (GET /catalog), whose terms and labels
 * are in ontology/open-data/code-lists.ttl: kept out of PREFIXES, the data never uses them.
 */
export const OPEN_DATA_PREFIXES = {
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  dcatap: 'http://data.europa.eu/r5r/',
  adms: 'http://www.w3.org/ns/adms#',
  filetype: 'http://publications.europa.eu/resource/authority/file-type/',
  theme: 'http://publications.europa.eu/resource/authority/data-theme/',
  lang: 'http://publications.europa.eu/resource/authority/language/',
  country: 'http://publications.europa.eu/resource/authority/country/',
  availability: 'http://publications.europa.eu/resource/authority/planned-availability/',
  publishertype: 'http://purl.org/adms/publishertype/',
  iana: 'https://www.iana.org/assignments/media-types/',
} as const;
export const vcard = defineNamespace(OPEN_DATA_PREFIXES.vcard, ['Organization', 'Kind', 'fn', 'hasURL', 'hasEmail'] as const);
export const dcatap = defineNamespace(OPEN_DATA_PREFIXES.dcatap, ['availability'] as const);
export const euFileType = defineNamespace(OPEN_DATA_PREFIXES.filetype, ['RDF_TURTLE', 'JSON_LD', 'RDF_N_TRIPLES', 'RDF_XML', 'RDF_N_QUADS', 'RDF_TRIG', 'SPARQLQ'] as const);
export const euDataTheme = defineNamespace(OPEN_DATA_PREFIXES.theme, ['GOVE'] as const);
/** The data-theme table itself, the catalogue's theme taxonomy. */
export const EU_DATA_THEMES = namedNode('http://publications.europa.eu/resource/authority/data-theme');
export const euLanguage = defineNamespace(OPEN_DATA_PREFIXES.lang, ['FRA', 'ENG'] as const);
export const euCountry = defineNamespace(OPEN_DATA_PREFIXES.country, ['FRA', 'EUR'] as const);
export const euAvailability = defineNamespace(OPEN_DATA_PREFIXES.availability, ['STABLE'] as const);
export const admsPublisherType = defineNamespace(OPEN_DATA_PREFIXES.publishertype, ['NationalAuthority', 'SupraNationalAuthority', 'NonGovernmentalOrganisation'] as const);
export const ianaMediaType = defineNamespace(OPEN_DATA_PREFIXES.iana, [] as const);
/** The licence of the State's public data (Licence Ouverte 2.0, décret 2017-638), at the address data.gouv.fr knows it by. */
export const ETALAB_LICENCE = namedNode('https://www.etalab.gouv.fr/licence-ouverte-open-licence/');
/** Standards our catalogue says the service and the data conform to. */
export const STANDARDS = {
  sparqlProtocol: namedNode('https://www.w3.org/TR/sparql11-protocol/'),
  dpv: namedNode('https://w3id.org/dpv'),
} as const;

/** Expands a CURIE such as "pd:Name" or "eu-gdpr:A6-1-f" with our prefixes. */
export function expandCurie(curie: string): NamedNode {
  const i = curie.indexOf(':');
  const prefix = curie.slice(0, i) as Prefix;
  const ns = PREFIXES[prefix];
  if (i < 1 || ns === undefined) throw new Error(`Unknown prefix in CURIE "${curie}"`);
  return namedNode(ns + curie.slice(i + 1));
}

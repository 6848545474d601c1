// The format the store writes for a request of Comunica's (or any client of the in-process endpoint): its Accept header, negotiated once.
import { chooseMediaType } from '../rdf/choose-media-type.ts';
import { listMediaTypes, STORE_FORMATS } from '../rdf/formats.ts';
import { kindOfForm, type QueryForm } from '../store/inspect-query.ts';

/** Returns the chosen media type, among those Oxigraph writes for the form, or undefined when the client accepts none of them. */
export function chooseStoreFormat(form: QueryForm, accept: string | undefined): string | undefined {
  return chooseMediaType(accept, listMediaTypes(STORE_FORMATS[kindOfForm(form)]));
}

import { basename, FORM_BOUNDARY, multipartBody, unglob, type FormPart } from './curl-data';

/** Where one URL of a curl operation is sent, and the multipart body of its -F parts. */

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

/**
 * The URL curl requests for one URL word: globs unescaped (unless -g), `http://` when it has
 * no scheme, the -T file's name appended to a URL that ends in a directory, and the
 * --url-query / -G query added before any fragment.
 */
export function targetUrl(
  raw: string,
  options: { glob: boolean; upload: string | undefined; query: string },
  notes: string[],
): string {
  let url = options.glob ? unglob(raw, notes) : raw;
  // curl takes any word that is not an option as a URL; one with a space in its host was surely not meant as one.
  if (/^([a-z][a-z0-9+.-]*:\/\/)?[^/?#]*\s/i.test(raw))
    notes.push(
      `"${raw}" was read as a URL (curl reads every word that is not an option as one); check the command's quoting.`,
    );
  if (!SCHEME.test(url)) url = `http://${url}`; // curl's default scheme
  const { upload, query } = options;
  if (upload !== undefined && /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*(\/|\/[^?#]*\/)?([?#]|$)/i.test(url))
    url = url.replace(
      /^([a-z][a-z0-9+.-]*:\/\/[^/?#]*)\/?([^?#]*)/i,
      (_, origin: string, path: string) => `${origin}/${path}${encodeURIComponent(basename(upload))}`,
    );
  if (query) url = url.replace(/(#.*)?$/, (hash) => `${url.includes('?') ? '&' : '?'}${query}${hash}`);
  return url;
}

/**
 * The multipart body of -F parts, and its Content-Type in `headers`: a boundary the user set
 * in a multipart Content-Type separates the parts; one without a boundary gets curl's, as
 * curl adds it; otherwise `multipart/form-data` with curl's boundary is added.
 */
export function formBody(
  form: readonly FormPart[],
  headers: [string, string][],
  add: (name: string, value: string) => unknown,
): string {
  const i = headers.findIndex(([n]) => n.toLowerCase() === 'content-type');
  const own = i >= 0 && /^multipart\//i.test(headers[i]![1]) ? headers[i]![1] : null;
  const boundary = own ? /boundary=("?)([^";]+)\1/i.exec(own)?.[2] : undefined;
  if (own && !boundary) headers[i] = [headers[i]![0], `${own}; boundary=${FORM_BOUNDARY}`];
  else add('Content-Type', `multipart/form-data; boundary=${FORM_BOUNDARY}`);
  return multipartBody(form, boundary ?? FORM_BOUNDARY);
}

import { defineDocumentType, defineNestedType, makeSource, type FieldDefs } from 'contentlayer2/source-files';
import rehypeShiki from '@shikijs/rehype';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import { EntryFrontmatter } from './lib/content/schema/entry';
import { contentlayerFields, type FieldDef } from './lib/content/schema/fields';
import { GuideFrontmatter } from './lib/content/schema/guide';
import { WizardTreeData } from './lib/content/schema/wizard-tree';
import { shikiOptions } from './lib/shiki';
import { extractToc } from './lib/content/toc';
import { remarkNoHtml } from './lib/content/remark-no-html';

/**
 * Every field list below is derived from the zod schemas in lib/content/schema/: one
 * declaration per content shape, shared with the build's validator (lib/content/validate.ts),
 * which adds the checks contentlayer cannot express and names file and field.
 */
const nested = (name: string, fields: () => Record<string, FieldDef>) =>
  defineNestedType(() => ({ name, fields: fields() as FieldDefs }));
const fieldsOf = (shape: Parameters<typeof contentlayerFields>[0]) => contentlayerFields(shape, nested) as FieldDefs;

const fileSlug = (path: string) =>
  path
    .split('/')
    .pop()
    ?.replace(/\.(mdx|ya?ml)$/, '') ?? path;

/**
 * Guides and entries are plain Markdown (GFM) rendered to HTML at build time; no entry uses JSX,
 * and MDX's per-document bundling was most of the content build. The files keep their `.mdx`
 * extension: paths, ids (the health hash), tooling and prettier's ignore list all name it, and
 * markdown reads them the same.
 */
export const Guide = defineDocumentType(() => ({
  name: 'Guide',
  filePathPattern: 'guides/**/*.mdx',
  contentType: 'markdown',
  fields: fieldsOf(GuideFrontmatter.shape),
  computedFields: {
    slug: { type: 'string', resolve: (doc) => fileSlug(doc._raw.sourceFilePath) },
    url: { type: 'string', resolve: (doc) => `/guides/${fileSlug(doc._raw.sourceFilePath)}` },
    toc: { type: 'json', resolve: (doc) => extractToc(doc.body.raw) },
  },
}));

export const Entry = defineDocumentType(() => ({
  name: 'Entry',
  filePathPattern: 'codes/**/*.mdx',
  contentType: 'markdown',
  fields: fieldsOf(EntryFrontmatter.shape),
  computedFields: {
    slug: { type: 'string', resolve: (doc) => fileSlug(doc._raw.sourceFilePath) },
    url: { type: 'string', resolve: (doc) => `/codes/${fileSlug(doc._raw.sourceFilePath)}` },
  },
}));

export const WizardTree = defineDocumentType(() => ({
  name: 'WizardTree',
  filePathPattern: 'wizard/*.yaml',
  contentType: 'data',
  fields: fieldsOf(WizardTreeData.shape),
  computedFields: {
    url: { type: 'string', resolve: (doc) => `/wizard/${doc.id}` },
  },
}));

/**
 * A provider profile (content/providers/<id>.yaml). Its full shape is the zod schema in
 * lib/diagnose/provider-profile.ts, which the build's validator applies with file and
 * field names; contentlayer only carries the data, so the nested parts are plain JSON here.
 */
export const ProviderProfile = defineDocumentType(() => ({
  name: 'ProviderProfile',
  filePathPattern: 'providers/*.yaml',
  contentType: 'data',
  fields: {
    id: { type: 'string', required: true },
    name: { type: 'string', required: true },
    role: { type: 'enum', options: ['service', 'edge', 'format'], required: false, default: 'service' },
    hosts: { type: 'list', of: { type: 'string' }, required: false, default: [] },
    detect: { type: 'json', required: false },
    codes: { type: 'json', required: false },
    messages: { type: 'json', required: false },
    requestIds: { type: 'json', required: false },
    retry: { type: 'json', required: false },
    docs: { type: 'string', required: false },
    statusPage: { type: 'string', required: false },
  },
}));

/** content/session-patterns.yaml: the session analysis's patterns (schema: lib/session/pattern-schema.ts). */
export const SessionPatternSet = defineDocumentType(() => ({
  name: 'SessionPatternSet',
  filePathPattern: 'session-patterns.yaml',
  contentType: 'data',
  fields: { patterns: { type: 'json', required: true } },
}));

/**
 * The phrase tables (content/semantics.yaml). Their shape is the zod schema in
 * lib/diagnose/semantics.ts, applied by the build's validator; contentlayer carries the data.
 */
export const Semantics = defineDocumentType(() => ({
  name: 'Semantics',
  filePathPattern: 'semantics.yaml',
  contentType: 'data',
  fields: {
    phrases: { type: 'json', required: true },
    failures: { type: 'json', required: false },
  },
}));

// --- error-signature table (issue 11, parsing side) ---
/**
 * content/error-signatures.yaml: what runtimes, clients, SDKs and CLIs print when a call
 * fails. Its full shape is the zod schema in lib/diagnose/error-signatures.ts, applied by the
 * build's validator with field names; contentlayer only carries the data.
 */
export const ErrorSignatureTable = defineDocumentType(() => ({
  name: 'ErrorSignatureTable',
  filePathPattern: 'error-signatures.yaml',
  contentType: 'data',
  isSingleton: true,
  fields: {
    version: { type: 'number', required: true },
    apiCodes: { type: 'json', required: true },
    codes: { type: 'json', required: true },
    reasons: { type: 'json', required: false },
    statuses: { type: 'json', required: true },
    classes: { type: 'json', required: true },
    generic: { type: 'json', required: true },
    codeKinds: { type: 'json', required: true },
    phrases: { type: 'json', required: true },
    retry: { type: 'json', required: true },
    errorish: { type: 'string', required: true },
  },
}));
// --- end error-signature table ---

export default makeSource({
  contentDirPath: 'content',
  documentTypes: [Guide, Entry, WizardTree, ProviderProfile, SessionPatternSet, Semantics, ErrorSignatureTable],
  onMissingOrIncompatibleData: 'fail',
  onExtraFieldData: 'fail',
  onUnknownDocuments: 'fail',
  disableImportAliasWarning: true,
  markdown: {
    remarkPlugins: [remarkGfm, remarkNoHtml],
    rehypePlugins: [rehypeSlug, [rehypeShiki, shikiOptions]],
  },
});

import { defineDocumentType, defineNestedType, makeSource, type FieldDefs } from 'contentlayer2/source-files';
import rehypeShiki from '@shikijs/rehype';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import { CATEGORIES, KINDS } from './lib/content/taxonomy';
import { shikiOptions } from './lib/shiki';
import { extractToc } from './lib/content/toc';

/** Fields every MDX document shares. Cross-document checks live in lib/content/validate.ts. */
const baseFields = {
  title: { type: 'string', required: true },
  sources: {
    type: 'list',
    of: { type: 'string' },
    required: true,
    description: 'URLs or RFC references the facts come from',
  },
  updated: { type: 'date', required: false },
} satisfies FieldDefs;

const fileSlug = (path: string) =>
  path
    .split('/')
    .pop()
    ?.replace(/\.(mdx|ya?ml)$/, '') ?? path;

const HeaderMatch = defineNestedType(() => ({
  name: 'HeaderMatch',
  fields: {
    name: { type: 'string', required: true, description: 'header name, case-insensitive' },
    pattern: { type: 'string', required: false, description: 'regex on the value; absent = header present' },
  },
}));

/** The classifier's rules for one entry (see lib/diagnose/rules.ts for how they score). */
const Match = defineNestedType(() => ({
  name: 'Match',
  fields: {
    status: { type: 'list', of: { type: 'number' }, required: false },
    codes: { type: 'list', of: { type: 'string' }, required: false },
    headers: { type: 'list', of: HeaderMatch, required: false },
    body: { type: 'list', of: { type: 'string' }, required: false },
    provider: { type: 'string', required: false },
  },
}));

export const Guide = defineDocumentType(() => ({
  name: 'Guide',
  filePathPattern: 'guides/**/*.mdx',
  contentType: 'mdx',
  fields: {
    ...baseFields,
    description: { type: 'string', required: true },
    tags: { type: 'list', of: { type: 'string' }, required: false, default: [] },
  },
  computedFields: {
    slug: { type: 'string', resolve: (doc) => fileSlug(doc._raw.sourceFilePath) },
    url: { type: 'string', resolve: (doc) => `/guides/${fileSlug(doc._raw.sourceFilePath)}` },
    toc: { type: 'json', resolve: (doc) => extractToc(doc.body.raw) },
  },
}));

export const Entry = defineDocumentType(() => ({
  name: 'Entry',
  filePathPattern: 'codes/**/*.mdx',
  contentType: 'mdx',
  fields: {
    ...baseFields,
    codes: { type: 'list', of: { type: 'string' }, required: true },
    kind: { type: 'enum', options: [...KINDS], required: true },
    status: { type: 'number', required: false },
    category: { type: 'enum', options: [...CATEGORIES], required: true },
    provider: { type: 'string', required: false },
    retryable: { type: 'boolean', required: true },
    summary: { type: 'string', required: true },
    symptoms: { type: 'list', of: { type: 'string' }, required: true },
    match: { type: 'nested', of: Match, required: true },
    related: { type: 'list', of: { type: 'string' }, required: false, default: [] },
    guides: { type: 'list', of: { type: 'string' }, required: false, default: [] },
  },
  computedFields: {
    slug: { type: 'string', resolve: (doc) => fileSlug(doc._raw.sourceFilePath) },
    url: { type: 'string', resolve: (doc) => `/codes/${fileSlug(doc._raw.sourceFilePath)}` },
  },
}));

const WizardResult = defineNestedType(() => ({
  name: 'WizardResult',
  fields: {
    entry: { type: 'string', required: false },
    guide: { type: 'string', required: false, description: 'guide slug, optionally #anchor' },
    title: { type: 'string', required: true },
    note: { type: 'string', required: true, description: 'why these answers lead here' },
    fixes: { type: 'list', of: { type: 'string' }, required: false, default: [] },
    diagnose: { type: 'boolean', required: false, description: 'a pasted response would tell more' },
  },
}));

/** Facts of a diagnosis that settle an answer, so "refine with the wizard" can skip the question. */
const WizardWhen = defineNestedType(() => ({
  name: 'WizardWhen',
  fields: {
    categories: { type: 'list', of: { type: 'string' }, required: false },
    statuses: { type: 'list', of: { type: 'number' }, required: false },
    retryAfter: { type: 'boolean', required: false, description: 'the response states a wait' },
  },
}));

const WizardAnswer = defineNestedType(() => ({
  name: 'WizardAnswer',
  fields: {
    when: { type: 'nested', of: WizardWhen, required: false },
    id: { type: 'string', required: true, description: 'URL segment' },
    label: { type: 'string', required: true },
    next: { type: 'string', required: false },
    result: { type: 'nested', of: WizardResult, required: false },
  },
}));

const WizardNode = defineNestedType(() => ({
  name: 'WizardNode',
  fields: {
    id: { type: 'string', required: true },
    question: { type: 'string', required: true },
    help: { type: 'string', required: false },
    answers: { type: 'list', of: WizardAnswer, required: true },
  },
}));

export const WizardTree = defineDocumentType(() => ({
  name: 'WizardTree',
  filePathPattern: 'wizard/*.yaml',
  contentType: 'data',
  fields: {
    id: { type: 'string', required: true },
    title: { type: 'string', required: true },
    description: { type: 'string', required: true },
    order: { type: 'number', required: false },
    categories: {
      type: 'list',
      of: { type: 'string' },
      required: false,
      description: 'diagnosis categories this tree refines',
    },
    start: { type: 'string', required: true },
    nodes: { type: 'list', of: WizardNode, required: true },
  },
  computedFields: {
    url: { type: 'string', resolve: (doc) => `/wizard/${doc.id}` },
  },
}));

/**
 * A provider profile (content/providers/<id>.yaml). Its full shape is the zod schema in
 * lib/content/schema/provider-profile.ts, which the build's validator applies with file and
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
  documentTypes: [Guide, Entry, WizardTree, ProviderProfile, ErrorSignatureTable],
  onMissingOrIncompatibleData: 'fail',
  onExtraFieldData: 'fail',
  onUnknownDocuments: 'fail',
  disableImportAliasWarning: true,
  mdx: {
    remarkPlugins: [remarkGfm],
    rehypePlugins: [rehypeSlug, [rehypeShiki, shikiOptions]],
  },
});

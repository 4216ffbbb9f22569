import { z } from 'zod';
import { CATEGORIES } from '../taxonomy';

const Slug = z.string().regex(/^[a-z0-9-]+$/, 'lower-case letters, digits and dashes');

export const WizardResult = z
  .strictObject({
    entry: z.string().optional(),
    guide: z.string().optional().meta({ description: 'guide slug, optionally #anchor' }),
    title: z.string().min(1),
    note: z
      .string()
      .min(20, 'say in a sentence why these answers lead here')
      .meta({ description: 'why these answers lead here' }),
    fixes: z.array(z.string().min(1)).min(2, 'give 2 to 4 concrete fixes').max(4, 'give 2 to 4 concrete fixes'),
    diagnose: z.boolean().optional().meta({ description: 'a pasted response would tell more' }),
  })
  .refine((r) => r.entry !== undefined || r.guide !== undefined, 'needs an `entry` or a `guide`')
  .meta({ id: 'WizardResult' });

/** Facts of a diagnosis that settle an answer, so "refine with the wizard" can skip the question. */
export const WizardWhen = z
  .strictObject({
    categories: z.array(z.enum(CATEGORIES)).optional(),
    statuses: z.array(z.number().int()).optional(),
    retryAfter: z.boolean().optional().meta({ description: 'the response states a wait' }),
  })
  .meta({ id: 'WizardWhen' });

export const WizardAnswer = z
  .strictObject({
    when: WizardWhen.optional(),
    id: Slug.meta({ description: 'URL segment' }),
    label: z.string().min(1),
    next: z.string().optional(),
    result: WizardResult.optional(),
  })
  .refine((a) => (a.next === undefined) !== (a.result === undefined), 'needs exactly one of `next` or `result`')
  .meta({ id: 'WizardAnswer' });

export const WizardNode = z
  .strictObject({
    id: z.string().min(1),
    question: z.string().min(1),
    help: z.string().min(1, 'every question explains how to check it').meta({ description: 'how to check' }),
    answers: z.array(WizardAnswer).min(2, 'offer 2 to 6 answers').max(6, 'offer 2 to 6 answers'),
  })
  .refine((n) => new Set(n.answers.map((a) => a.label)).size === n.answers.length, 'answer labels must differ')
  .meta({ id: 'WizardNode' });

/** A symptom decision tree: content/wizard/<id>.yaml. Graph checks live in lib/content/validate.ts. */
export const WizardTreeData = z.strictObject({
  id: Slug.refine((id) => id !== 'refine', '"refine" is reserved for the /wizard/refine route'),
  title: z.string().min(1),
  description: z.string().min(1),
  order: z.number().optional(),
  categories: z.array(z.enum(CATEGORIES)).default([]).meta({ description: 'diagnosis categories this tree refines' }),
  start: z.string().min(1),
  nodes: z.array(WizardNode).min(1),
});
export type WizardTreeData = z.infer<typeof WizardTreeData>;

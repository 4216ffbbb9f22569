import { z } from 'zod';
import { BaseFrontmatter } from './entry';

/** A guide's frontmatter: content/guides/<slug>.mdx. */
export const GuideFrontmatter = z.strictObject({
  ...BaseFrontmatter,
  description: z.string().min(10),
  tags: z.array(z.string()).default([]),
});
export type GuideFrontmatter = z.infer<typeof GuideFrontmatter>;

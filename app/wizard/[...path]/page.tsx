import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { WizardQuestion } from '@/components/wizard/wizard-question';
import { WizardResultView } from '@/components/wizard/wizard-result';
import { WizardTrail } from '@/components/wizard/wizard-trail';
import { getTree, getTrees } from '@/lib/content';
import { pageMetadata } from '@/lib/site/metadata';
import { allWizardPaths, resolveWizardPath } from '@/lib/content/wizard';

type Props = { params: Promise<{ path: string[] }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getTrees().flatMap((tree) => allWizardPaths(tree).map((answers) => ({ path: [tree.id, ...answers] })));
}

async function position(params: Props['params']) {
  const [treeId = '', ...answers] = (await params).path;
  const tree = getTree(treeId);
  return tree ? resolveWizardPath(tree, answers) : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const pos = await position(params);
  if (!pos || pos.kind === 'invalid') return {};
  const title =
    pos.kind === 'result'
      ? `${pos.result.title} — ${pos.tree.title}`
      : pos.steps.length
        ? `${pos.node.question} — ${pos.tree.title}`
        : pos.tree.title;
  return pageMetadata({
    title,
    description: pos.kind === 'result' ? pos.result.note : pos.tree.description,
    path: pos.url,
  });
}

export default async function WizardStepPage({ params }: Props) {
  const pos = await position(params);
  if (!pos || pos.kind === 'invalid') notFound();
  return (
    <article className="wizard">
      <WizardTrail position={pos} />
      {pos.kind === 'question' ? <WizardQuestion position={pos} /> : <WizardResultView position={pos} />}
    </article>
  );
}

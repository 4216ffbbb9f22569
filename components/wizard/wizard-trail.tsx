import Link from 'next/link';
import type { WizardPosition } from '@/lib/content/wizard';

/** The answers so far as a breadcrumb; each links back to its question so it can be changed. */
export function WizardTrail({ position }: { position: WizardPosition }) {
  const { tree, steps } = position;
  return (
    <nav aria-label="Your answers" className="breadcrumb wizard-trail">
      <ol>
        <li>
          <Link href="/wizard">Wizard</Link>
        </li>
        <li>
          {steps.length === 0 ? (
            <span aria-current="page">{tree.title}</span>
          ) : (
            <Link href={tree.url}>{tree.title}</Link>
          )}
        </li>
        {steps.map((s) => (
          <li key={s.askedAt}>
            <Link href={s.askedAt} title={`Change your answer to: ${s.node.question}`}>
              <span className="visually-hidden">{s.node.question} — change answer: </span>
              {s.answer.label}
            </Link>
          </li>
        ))}
      </ol>
      {steps.length > 0 && (
        <p className="wizard-restart">
          <Link href={tree.url}>Restart this tree</Link>
        </p>
      )}
    </nav>
  );
}

import Link from 'next/link';
import { InlineText } from '@/components/ui/inline-text';
import type { WizardPosition } from '@/lib/content/wizard';

type QuestionPosition = Extract<WizardPosition, { kind: 'question' }>;

/** A question with its answers as plain links: works without JavaScript, Back works as usual. */
export function WizardQuestion({ position }: { position: QuestionPosition }) {
  const { node, url, steps, tree } = position;
  return (
    <section aria-labelledby="wizard-question">
      {steps.length === 0 && <p className="muted">{tree.description}</p>}
      <h1 id="wizard-question">{node.question}</h1>
      {node.help && (
        <details className="wizard-help">
          <summary>How do I check this?</summary>
          <p>
            <InlineText text={node.help} />
          </p>
        </details>
      )}
      <ul className="list-plain wizard-answers">
        {node.answers.map((a) => (
          <li key={a.id}>
            <Link className="wizard-answer" href={`${url}/${a.id}`}>
              {a.label}
            </Link>
          </li>
        ))}
      </ul>
      <p className="muted">
        Step {steps.length + 1}. Have a response? <Link href="/diagnose">Paste it for a diagnosis</Link>.
      </p>
    </section>
  );
}

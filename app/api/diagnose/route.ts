import { withProblems } from '@/lib/api/problem';
import { getRuleSet } from '@/lib/content/rules-generated';
import { diagnose } from '@/lib/diagnose';
import { readDiagnoseInput } from './read-input';

/** POST text/plain or {"input": "..."} → a Diagnosis (an array for a multi-entry HAR). */
export const POST = withProblems(async (request: Request) => {
  const diagnoses = diagnose(await readDiagnoseInput(request), getRuleSet());
  return Response.json(diagnoses.length === 1 ? diagnoses[0] : diagnoses, {
    headers: { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' },
  });
});

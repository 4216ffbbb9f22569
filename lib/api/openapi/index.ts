import { diagnosisSchema } from '@/lib/diagnose/diagnosis-schema';
import pkg from '@/package.json';
import { apiRegistry } from './operations';

/** The OpenAPI 3.1 document of the portal's API (`/api/openapi.json`, the `/api` page). */
export function openApiDocument() {
  return apiRegistry.document(
    {
      title: 'API Triage',
      version: pkg.version,
      description:
        'Diagnose failing HTTP API integrations. Every error is `application/problem+json` (RFC 9457) with a stable `code`.',
    },
    [{ name: 'Diagnosis', schema: diagnosisSchema }],
  );
}

export { apiRegistry };
export type { ApiOperation, ProblemSpec } from './registry';

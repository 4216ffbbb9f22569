import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { RealQuerySetSchema, type RealQuery } from './evaluate';

/** The real-query fixture, validated: for the benchmark and the regression floor. */
export function loadRealQueries(path = 'tests/fixtures/search-queries/queries.yaml'): RealQuery[] {
  return RealQuerySetSchema.parse(parse(readFileSync(path, 'utf8'))).queries;
}

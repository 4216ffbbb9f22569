import { describe, expect, test } from 'vitest';
import { buildStringFilter, stringFilter } from '@/lib/search/string-filter';

const added = Array.from({ length: 2000 }, (_, i) => `message number ${i} was rejected`);
const maybe = stringFilter(buildStringFilter(added));

describe('string filter (the head’s test for codes left to the text part)', () => {
  test('says "maybe" for every string added', () => {
    expect(added.filter((s) => !maybe(s))).toEqual([]);
  });

  test('says "maybe" for few others (about 1 %)', () => {
    const others = Array.from({ length: 20_000 }, (_, i) => `another message ${i}`);
    expect(others.filter(maybe).length / others.length).toBeLessThan(0.02);
  });

  test('an empty filter says no', () => {
    expect(buildStringFilter([])).toBe('');
    expect(stringFilter('')('anything')).toBe(false);
  });

  test('costs about 1.25 bytes per string before base64', () => {
    expect(atob(buildStringFilter(added)).length).toBe(2500);
  });
});

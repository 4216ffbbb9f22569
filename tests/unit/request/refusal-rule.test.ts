import { describe, expect, test } from 'vitest';
import { refusalRule } from '@/components/playground/refusal-rule';

describe('refusalRule: name the rule only when it needs no DNS', () => {
  test.each([
    ['https://api.service.invalid/v1', /\.invalid is reserved.*RFC 6761/],
    ['http://printer.local/', /multicast DNS.*RFC 6762/],
    ['http://localhost:3000/', /"localhost" always means/],
    ['http://app.localhost/', /RFC 6761 §6\.3/],
    ['https://wiki/', /single-label name/],
    ['https://api.example.com:22/', /Port 22 is not a web port/],
    ['https://user:pw@api.example.com/', /user name or password/],
  ])('%s', (url, rule) => {
    expect(refusalRule(url)).toMatch(rule);
  });

  test.each([
    'http://10.0.0.5/',
    'http://169.254.169.254/latest/meta-data/',
    'http://[::1]:8080/',
    'https://resolves-to-private.example.com/',
    'not a url',
  ])('%s stays generic (address-based, or unknown)', (url) => {
    expect(refusalRule(url)).toBeNull();
  });
});

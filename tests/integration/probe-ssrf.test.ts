import net from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { setInterfaceSource } from '@/lib/probe/own-addresses';
import type { Resolver } from '@/lib/probe/resolver';
import { startFixtureServer, type FixtureServer } from '../fixtures/servers/api';
import { makeRoute } from './helpers';

/**
 * A black-box table of SSRF attempts (PayloadsAllTheThings' SSRF list, the OWASP SSRF cheat
 * sheet, published bypasses): each goes through the real route handler, with a fake DNS
 * that answers whatever an attacker's zone would, and a hostile listener on loopback that
 * counts every connection it gets. Every case must be refused, and nothing may connect.
 */

const OWN_PUBLIC = '52.95.110.1'; // pretend this is the portal host's public interface address
let trap: net.Server;
let trapPort = 0;
let trapHits = 0;
let api: FixtureServer;

beforeAll(async () => {
  trap = net.createServer((s) => {
    trapHits++;
    s.destroy();
  });
  await new Promise<void>((r) => trap.listen(0, '127.0.0.1', r));
  trapPort = (trap.address() as net.AddressInfo).port;
  api = await startFixtureServer();
  setInterfaceSource(() => ({
    lo: [{ address: '127.0.0.1', netmask: '255.0.0.0', family: 'IPv4', mac: '', internal: true, cidr: null }],
    eth0: [{ address: OWN_PUBLIC, netmask: '255.255.255.0', family: 'IPv4', mac: '', internal: false, cidr: null }],
  }));
});
afterAll(async () => {
  setInterfaceSource(null);
  await new Promise((r) => trap.close(r));
  await api.close();
});

/** The attacker's DNS: names map to whatever address they like. */
const zone: Record<string, string[]> = {
  'loopback.attacker.example.com': ['127.0.0.1'],
  'metadata.attacker.example.com': ['169.254.169.254'],
  'azure.attacker.example.com': ['168.63.129.16'],
  'alibaba.attacker.example.com': ['100.100.100.200'],
  'oracle.attacker.example.com': ['192.0.0.192'],
  'imds6.attacker.example.com': ['fd00:ec2::254'],
  'self.attacker.example.com': [OWN_PUBLIC],
  'mixed.attacker.example.com': ['93.184.215.14', '10.0.0.5'],
  'mapped.attacker.example.com': ['::ffff:127.0.0.1'],
  'nat64.attacker.example.com': ['64:ff9b::a9fe:a9fe'],
  'kubernetes.default.svc': ['93.184.215.14'],
  'kubernetes.default.svc.cluster.local': ['93.184.215.14'],
  'vault.service.consul': ['93.184.215.14'],
  'db.corp': ['93.184.215.14'],
  '127.0.0.1.nip.io': ['127.0.0.1'],
  'localtest.me': ['127.0.0.1'],
};
const resolver: Resolver = async (host) => {
  const answers = zone[host.toLowerCase()];
  if (!answers) throw Object.assign(new Error('not found'), { code: 'ENOTFOUND' });
  return answers.map((address) => ({ address, family: address.includes(':') ? (6 as const) : (4 as const) }));
};

const refused: [string, string][] = [
  // IPv4 loopback in every spelling the URL parser accepts
  ['decimal', 'http://2130706433:PORT/'],
  ['hex', 'http://0x7f000001:PORT/'],
  ['octal', 'http://0177.0.0.1:PORT/'],
  ['short form', 'http://127.1:PORT/'],
  ['zero', 'http://0:PORT/'],
  ['0.0.0.0', 'http://0.0.0.0:PORT/'],
  ['dotted hex', 'http://0x7f.0x0.0x0.0x1:PORT/'],
  ['enclosed digits', 'http://①②⑦.⓪.⓪.①:PORT/'],
  ['fullwidth dots', 'http://127。0。0。1:PORT/'],
  ['trailing dot', 'http://127.0.0.1.:PORT/'],
  // IPv6 forms
  ['[::1]', 'http://[::1]:PORT/'],
  ['[::]', 'http://[::]:PORT/'],
  ['v4-mapped', 'http://[::ffff:127.0.0.1]:PORT/'],
  ['v4-mapped hex', 'http://[::ffff:7f00:1]:PORT/'],
  ['v4-compatible', 'http://[::127.0.0.1]:PORT/'],
  ['long form', 'http://[0:0:0:0:0:ffff:127.0.0.1]:PORT/'],
  ['NAT64 of metadata', 'http://[64:ff9b::a9fe:a9fe]/'],
  ['6to4 of metadata', 'http://[2002:a9fe:a9fe::]/'],
  ['Teredo of loopback', 'http://[2001:0:4136:e378:8000:63bf:80ff:fffe]/'],
  ['link-local v6', 'http://[fe80::1]/'],
  ['unique local v6', 'http://[fd12:3456::1]/'],
  // cloud metadata and platform addresses
  ['AWS/GCP/Azure IMDS', 'http://169.254.169.254/latest/meta-data/iam/security-credentials/'],
  ['IMDS decimal', 'http://2852039166/'],
  ['AWS IMDS IPv6', 'http://[fd00:ec2::254]/latest/meta-data/'],
  ['ECS credentials', 'http://169.254.170.2/v2/credentials'],
  ['Azure WireServer', 'http://168.63.129.16/machine?comp=goalstate'],
  ['Azure WireServer mapped', 'http://[::ffff:168.63.129.16]/'],
  ['Alibaba metadata', 'http://100.100.100.200/latest/meta-data/'],
  ['Oracle metadata', 'http://192.0.0.192/latest/'],
  ['GCP metadata name', 'http://metadata.google.internal/computeMetadata/v1/'],
  ['Tencent metadata name', 'http://metadata.tencentyun.com/latest/meta-data/'],
  // private ranges
  ['RFC 1918', 'http://10.0.0.1/'],
  ['RFC 1918 (172)', 'http://172.16.0.1/'],
  ['RFC 1918 (192)', 'http://192.168.1.1/'],
  ['CGNAT', 'http://100.64.0.1/'],
  ['multicast', 'http://224.0.0.1/'],
  ['broadcast', 'http://255.255.255.255/'],
  // names
  ['localhost', 'http://localhost:PORT/'],
  ['LOCALHOST.', 'http://LOCALHOST.:PORT/'],
  ['*.localhost', 'http://app.localhost:PORT/'],
  ['single label', 'http://intranet/'],
  ['name → loopback', 'http://loopback.attacker.example.com:PORT/'],
  ['name → IMDS', 'http://metadata.attacker.example.com/'],
  ['name → Azure WireServer', 'http://azure.attacker.example.com/'],
  ['name → Alibaba', 'http://alibaba.attacker.example.com/'],
  ['name → Oracle', 'http://oracle.attacker.example.com/'],
  ['name → IMDS v6', 'http://imds6.attacker.example.com/'],
  ['name → own public address', 'http://self.attacker.example.com/'],
  ['own public address literal', `http://${OWN_PUBLIC}/`],
  ['name with one private answer', 'http://mixed.attacker.example.com/'],
  ['name → mapped loopback', 'http://mapped.attacker.example.com:PORT/'],
  ['name → NAT64 metadata', 'http://nat64.attacker.example.com/'],
  ['nip.io', 'http://127.0.0.1.nip.io:PORT/'],
  ['localtest.me', 'http://localtest.me:PORT/'],
  ['Kubernetes service name', 'http://kubernetes.default.svc/api'],
  ['cluster-local name', 'http://kubernetes.default.svc.cluster.local/'],
  ['Consul name', 'http://vault.service.consul/v1/secret'],
  ['.corp name', 'http://db.corp/'],
  ['.internal name', 'http://api.internal/'],
  // the portal itself and non-web ports
  ['the portal (Host)', 'http://portal.test/api/probe'],
  ['SSH port', 'http://93.184.215.14:22/'],
  ['SMTP port', 'http://93.184.215.14:25/'],
  ['userinfo', 'http://user:pass@93.184.215.14/'],
  ['userinfo confusion', 'http://93.184.215.14@127.0.0.1:PORT/'],
  // redirects into the inside
  ['redirect to loopback', 'REDIRECT:http://127.0.0.1:PORT/'],
  ['redirect to IMDS', 'REDIRECT:http://169.254.169.254/latest/meta-data/'],
  ['redirect to Azure', 'REDIRECT:http://168.63.129.16/'],
  ['redirect to decimal loopback', 'REDIRECT:http://2130706433:PORT/'],
  ['redirect to cluster name', 'REDIRECT:http://kubernetes.default.svc/'],
];

describe('SSRF: every case is refused and nothing connects', () => {
  test.each(refused)('%s', async (_name, raw) => {
    const route = makeRoute(`127.0.0.1:${api.port}`, { probe: { resolver } });
    const redirect = raw.startsWith('REDIRECT:');
    const target = raw.replace('REDIRECT:', '').replaceAll('PORT', String(trapPort));
    const url = redirect ? `${api.url}/redirect?status=302&to=${encodeURIComponent(target)}` : target;
    const before = trapHits;
    const res = await route.call({ method: 'GET', url, followRedirects: redirect });
    expect(res.status).toBe(403);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect((await res.json()).code).toBe('destination_not_allowed');
    expect(trapHits).toBe(before);
  });

  test.each([
    ['file:///etc/passwd'],
    ['gopher://127.0.0.1:6379/_INFO'],
    ['dict://127.0.0.1:11211/stat'],
    ['ftp://127.0.0.1/'],
    ['javascript:alert(1)'],
  ])('scheme %s is invalid, not probed', async (url) => {
    const before = trapHits;
    const res = await makeRoute('').call({ method: 'GET', url });
    expect(res.status).toBe(400);
    expect((await res.json()).code).toBe('invalid_request');
    expect(trapHits).toBe(before);
  });

  test('the refusal message is the same whatever the reason (no internal DNS mapping)', async () => {
    const route = makeRoute('', { probe: { resolver } });
    const details = new Set<string>();
    for (const url of ['http://10.0.0.1/', 'http://kubernetes.default.svc/', 'http://azure.attacker.example.com/'])
      details.add((await (await route.call({ method: 'GET', url })).json()).detail);
    expect(details.size).toBe(1);
  });
});

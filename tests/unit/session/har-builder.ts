/** Builds HAR 1.2 documents for session tests: one entry per exchange, times in ms from a start. */
export interface Ex {
  at: number;
  method?: string;
  url: string;
  status: number;
  time?: number;
  reqHeaders?: Record<string, string>;
  resHeaders?: Record<string, string>;
  body?: string;
  postData?: string;
  error?: string;
}

const START = Date.parse('2026-11-30T10:00:00.000Z');
const pairs = (h: Record<string, string> = {}) => Object.entries(h).map(([name, value]) => ({ name, value }));

export function har(exchanges: Ex[]): string {
  return JSON.stringify({
    log: {
      version: '1.2',
      creator: { name: 'test', version: '1' },
      entries: exchanges.map((x) => ({
        startedDateTime: new Date(START + x.at).toISOString(),
        time: x.time ?? 50,
        request: {
          method: x.method ?? 'GET',
          url: x.url,
          httpVersion: 'HTTP/1.1',
          headers: pairs(x.reqHeaders),
          queryString: [],
          cookies: [],
          headersSize: -1,
          bodySize: x.postData ? x.postData.length : 0,
          ...(x.postData ? { postData: { mimeType: 'application/json', text: x.postData } } : {}),
        },
        response: {
          status: x.status,
          statusText: '',
          httpVersion: 'HTTP/1.1',
          headers: pairs(x.resHeaders),
          cookies: [],
          content: { size: (x.body ?? '').length, mimeType: 'application/json', text: x.body ?? '' },
          redirectURL: x.resHeaders?.location ?? '',
          headersSize: -1,
          bodySize: -1,
          ...(x.error ? { _error: x.error } : {}),
        },
        cache: {},
        timings: { send: 0, wait: x.time ?? 50, receive: 0 },
      })),
    },
  });
}

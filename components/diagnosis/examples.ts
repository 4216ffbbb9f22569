/**
 * Sample inputs for the diagnose page's example buttons, one per common situation.
 * Adapted from the providers' published examples (see tests/fixtures/responses/manifest.json).
 */
export interface Example {
  id: string;
  label: string;
  text: string;
}

const JWT =
  'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImsxIn0.eyJpc3MiOiJodHRwczovL2F1dGguZXhhbXBsZS5jb20vIiwic3ViIjoiYXV0aDB8NjRmMWMyIiwiYXVkIjoiaHR0cHM6Ly9hcGkuZXhhbXBsZS5jb20iLCJpYXQiOjE3OTUzNDUyMDAsImV4cCI6MTc5NTM0ODgwMCwic2NvcGUiOiJyZWFkOm9yZGVycyB3cml0ZTpvcmRlcnMifQ.c2lnbmF0dXJlLW5vdC1jaGVja2Vk';

export const EXAMPLES: Example[] = [
  {
    id: '429',
    label: '429 with Retry-After',
    text: `HTTP/2 429
date: Sun, 22 Nov 2026 12:00:00 GMT
content-type: application/json
retry-after: 30
x-ratelimit-limit: 100
x-ratelimit-remaining: 0
x-request-id: 4f7c2a1e-9b3d-4c8e-a6f5-1d2e3f4a5b6c

{"error":{"code":"rate_limit_exceeded","message":"Too many requests: 100 per minute allowed for this API key."}}`,
  },
  {
    id: 'expired-token',
    label: 'Expired token (curl -v)',
    text: `*   Trying 93.184.215.14:443...
* Connected to api.example.com (93.184.215.14) port 443
* SSL connection using TLSv1.3 / TLS_AES_128_GCM_SHA256
> GET /v1/orders?limit=10 HTTP/2
> Host: api.example.com
> User-Agent: curl/8.5.0
> Accept: application/json
> Authorization: Bearer ${JWT}
>
< HTTP/2 401
< date: Sun, 22 Nov 2026 15:12:00 GMT
< content-type: application/json
< www-authenticate: Bearer realm="api", error="invalid_token", error_description="The access token expired"
< x-request-id: 7d0c2b8e-1f6a-4c3d-9b5e-0a1f2e3d4c5b
<
{"error":"invalid_token","error_description":"The access token expired"}
* Connection #0 to host api.example.com left intact`,
  },
  {
    id: 'slack',
    label: 'Slack ok:false',
    text: `HTTP/2 200
content-type: application/json; charset=utf-8
x-slack-req-id: 5b6e3b4c8f0a1d2e3f4a5b6c7d8e9f00

{"ok":false,"error":"missing_scope","needed":"chat:write","provided":"channels:read"}`,
  },
  {
    id: 'har',
    label: 'HAR file',
    text: JSON.stringify(
      {
        log: {
          version: '1.2',
          creator: { name: 'WebInspector', version: '537.36' },
          entries: [
            {
              request: {
                method: 'GET',
                url: 'https://api.example.com/v1/orders',
                headers: [{ name: 'accept', value: 'application/json' }],
              },
              response: {
                status: 200,
                statusText: '',
                httpVersion: 'http/2.0',
                headers: [{ name: 'content-type', value: 'application/json' }],
                content: { size: 12, mimeType: 'application/json', text: '{"data":[]}' },
              },
            },
            {
              request: {
                method: 'POST',
                url: 'https://api.example.com/v1/orders',
                headers: [{ name: 'content-type', value: 'application/json' }],
              },
              response: {
                status: 503,
                statusText: '',
                httpVersion: 'http/2.0',
                headers: [
                  { name: 'retry-after', value: '120' },
                  { name: 'x-request-id', value: 'b2c4' },
                ],
                content: {
                  size: 45,
                  mimeType: 'application/json',
                  text: '{"error":{"code":"unavailable","message":"Down for maintenance"}}',
                },
              },
            },
          ],
        },
      },
      null,
      2,
    ),
  },
  {
    id: 'econnreset',
    label: 'ECONNRESET',
    text: `Error: read ECONNRESET
    at TLSWrap.onStreamRead (node:internal/stream_base_commons:218:20) {
  errno: -104,
  code: 'ECONNRESET',
  syscall: 'read'
}`,
  },
];

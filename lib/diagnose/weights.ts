/**
 * Every number the ranking and the confidence use, named, in one table (issue 15). Scores
 * are in 0..1 (they may exceed 1 for ranking; the output clamps). The tiers, best first:
 * an exact code with its provider detected > a code > a status with its provider > the
 * status's own entry > a status alone; body and header rules add support on top.
 */
export const WEIGHTS = {
  code: {
    /** a generic entry (no provider) claims the code */
    generic: 0.85,
    /** the entry's provider was detected: the strongest evidence there is */
    providerDetected: 0.95,
    /** another provider was detected: the code is someone else's */
    providerConflict: 0.4,
    /** no provider detected and several providers' entries claim the code */
    shared: 0.5,
    /** no provider detected, but only this provider's entries claim the code */
    unique: 0.75,
    /** the code is the response's first one (the provider's own), not a secondary one */
    firstCode: 0.02,
    /** found in `error.type`: often a class (`server_error`), not a code */
    classPenalty: 0.05,
    /** the entry names other statuses: a shared code under another status is weak evidence */
    statusMismatch: 0.3,
    /**
     * and the entry is another status's own (http-401 for the word `Unauthorized` on a 403):
     * the reason phrase as a code says less than the status the server stated
     */
    otherStatusEntry: 0.15,
    /** the status is the entry's own and it is an http-status entry */
    canonicalStatus: 0.03,
    /** the status is one the entry lists */
    statusMatch: 0.02,
  },
  status: {
    /** a provider entry, its provider not detected but another one is (needs a body hit) */
    providerConflict: 0.3,
    /** a provider entry, its provider not detected (needs a body hit) */
    providerUnseen: 0.5,
    /** the status's own entry (http-429) */
    canonical: 0.56,
    /** the response names a code and this entry's codes are not it */
    codedElsewhere: 0.4,
    /** a provider entry with its provider detected */
    provider: 0.62,
    /** a generic entry sharing the status, supported by a body or header rule */
    generic: 0.45,
  },
  body: {
    generic: 0.5,
    providerDetected: 0.55,
    providerConflict: 0.3,
    providerUnseen: 0.4,
    /** the entry names other statuses */
    statusMismatch: 0.15,
  },
  support: {
    /** each body regex that matched, up to `bodyMax` */
    bodyHit: 0.06,
    bodyMax: 0.12,
    /** each header rule that matched, up to `headerMax` */
    headerHit: 0.04,
    headerMax: 0.08,
  },
  rank: {
    /** entries listed in the Diagnosis score at least this */
    listed: 0.4,
    /** other entries lend causes and fixes only from this score */
    advises: 0.5,
    /** an entry promoted by a decisive fact (an expired token) scores at least this */
    promoted: 0.9,
    /** and this much above the entry it displaces */
    promotedLead: 0.01,
  },
  confidence: {
    /** an expired token or a request without credentials settles it */
    decisiveFloor: 0.85,
    /** nothing is certain from a paste */
    cap: 0.97,
    /** a transport error with no entry */
    transport: 0.6,
    /** only the words in the code */
    codeWords: 0.5,
    /** only the status */
    status: 0.45,
    /** only a hint in the message */
    other: 0.3,
    unknown: 0.1,
    /** part of the input could not be read */
    unreadFactor: 0.85,
  },
} as const;

'use client';
import { AUTH_KINDS, authHeader, type AuthState } from '@/lib/request/auth';
import styles from './playground.module.css';

/** Bearer / Basic / API-key helpers; what they add is shown, so nothing happens invisibly. */
export function AuthHelper({ auth, onChange }: { auth: AuthState; onChange: (auth: AuthState) => void }) {
  const header = authHeader(auth);
  return (
    <fieldset className={styles.group}>
      <legend>Authentication</legend>
      <label className={styles.field}>
        <span>Helper</span>
        <select
          value={auth.kind}
          onChange={(e) => {
            const kind = e.target.value;
            onChange(
              kind === 'bearer'
                ? { kind, token: '' }
                : kind === 'basic'
                  ? { kind, username: '', password: '' }
                  : kind === 'api-key'
                    ? { kind, header: 'X-API-Key', value: '' }
                    : { kind: 'none' },
            );
          }}
        >
          {AUTH_KINDS.map((k) => (
            <option key={k.kind} value={k.kind}>
              {k.label}
            </option>
          ))}
        </select>
      </label>
      {auth.kind === 'bearer' && (
        <label className={styles.field}>
          <span>Token</span>
          <input
            type="password"
            autoComplete="off"
            value={auth.token}
            onChange={(e) => onChange({ ...auth, token: e.target.value })}
          />
        </label>
      )}
      {auth.kind === 'basic' && (
        <div className={styles.inline}>
          <label className={styles.field}>
            <span>Username</span>
            <input
              type="text"
              autoComplete="off"
              value={auth.username}
              onChange={(e) => onChange({ ...auth, username: e.target.value })}
            />
          </label>
          <label className={styles.field}>
            <span>Password</span>
            <input
              type="password"
              autoComplete="off"
              value={auth.password}
              onChange={(e) => onChange({ ...auth, password: e.target.value })}
            />
          </label>
        </div>
      )}
      {auth.kind === 'api-key' && (
        <div className={styles.inline}>
          <label className={styles.field}>
            <span>Header name</span>
            <input
              type="text"
              autoComplete="off"
              value={auth.header}
              onChange={(e) => onChange({ ...auth, header: e.target.value })}
            />
          </label>
          <label className={styles.field}>
            <span>Key</span>
            <input
              type="password"
              autoComplete="off"
              value={auth.value}
              onChange={(e) => onChange({ ...auth, value: e.target.value })}
            />
          </label>
        </div>
      )}
      {header && (
        <p className={styles.hint}>
          Adds the header <code>{header[0]}</code> when sending. It is never stored in history or share links.
        </p>
      )}
    </fieldset>
  );
}

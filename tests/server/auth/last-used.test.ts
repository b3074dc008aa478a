import type { FastifyBaseLogger } from 'fastify';
import { describe, expect, it } from 'vitest';
import { lastUsedRecorder } from '../../../server/auth/last-used';
import type { CallerToken, Store } from '../../../server/store/store';

const token = (overrides: Partial<CallerToken> = {}): CallerToken => ({
  id: 't1',
  name: 'max',
  role: 'member',
  createdAt: '2026-01-01T00:00:00.000Z',
  revokedAt: null,
  expiresAt: null,
  lastUsedAt: null,
  ownerId: null,
  organisation: { id: 'acme-id', name: 'acme' },
  ...overrides,
});

/** A store that records touchToken calls on its organisations (the recorder uses nothing else), failing when told. */
function recordingStore(fail = false) {
  const touches: string[] = [];
  const store = {
    forOrg: (orgId: string) => ({
      touchToken: async (id: string, at: string) => {
        touches.push(`${orgId}/${id}@${at}`);
        if (fail) throw new Error('database is locked');
      },
    }),
  } as unknown as Store;
  return { store, touches };
}
/** A logger that keeps what it was asked to log as an error. */
function recordingLog() {
  const errors: unknown[] = [];
  return { log: { error: (...args: unknown[]) => errors.push(args) } as unknown as FastifyBaseLogger, errors };
}
const at = (seconds: number) => Date.parse('2026-03-01T10:00:00.000Z') + seconds * 1000;

describe('lastUsedRecorder', () => {
  it('writes a token, in its organisation, at most once a minute, however many requests it makes', () => {
    const { store, touches } = recordingStore();
    const used = lastUsedRecorder(store, recordingLog().log);
    for (const seconds of [0, 1, 30, 59.9, 60, 61, 119, 125]) used(token(), at(seconds));
    expect(touches).toEqual(['acme-id/t1@2026-03-01T10:00:00.000Z', 'acme-id/t1@2026-03-01T10:01:00.000Z', 'acme-id/t1@2026-03-01T10:02:05.000Z']);
  });

  it('skips the write while the stored time is under a minute old (another instance wrote it)', () => {
    const { store, touches } = recordingStore();
    const used = lastUsedRecorder(store, recordingLog().log);
    used(token({ lastUsedAt: '2026-03-01T10:00:00.000Z' }), at(30));
    used(token({ id: 't2', lastUsedAt: '2026-03-01T09:58:00.000Z' }), at(30));
    expect(touches).toEqual(['acme-id/t2@2026-03-01T10:00:30.000Z']);
  });

  it('logs a failed write and tries again on the next request', async () => {
    const { store, touches } = recordingStore(true);
    const { log, errors } = recordingLog();
    const used = lastUsedRecorder(store, log);
    used(token(), at(0));
    await new Promise((resolve) => setTimeout(resolve, 0));
    used(token(), at(1));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect({ touches: touches.length, logged: errors.length }).toEqual({ touches: 2, logged: 2 });
  });
});

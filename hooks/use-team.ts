/**
 * The Team section's data and actions (issue 11): the tokens (`GET /api/v1/tokens`), creating an invite (`POST`,
 * whose answer holds the connection code, shown once) and revoking (`DELETE`), each followed by a fresh list.
 * Messages for the server's refusals are the server's own (they name the field and the fix).
 */
import { i18n } from '#i18n';
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { InviteOutcome } from '../components/options/invite-form';
import type { TeamToken } from '../components/options/team-section';
import { reportError } from '../extension/browser/report-error';

const DAY_MS = 24 * 60 * 60 * 1000;

/** What the Team section needs from the server (extension/admin/team-api.ts builds it from the API client). */
export interface TeamApi {
  list(): Promise<TeamToken[]>;
  create(body: { name: string; role: 'admin' | 'member'; expiresAt?: string }): Promise<{ name: string; connectionCode: string }>;
  revoke(id: string): Promise<void>;
}

export interface Team {
  tokens: TeamToken[] | null;
  problem: string | null;
  create: (name: string, role: 'admin' | 'member', expiresInDays: number | null) => Promise<InviteOutcome>;
  revoke: (token: TeamToken) => Promise<string>;
  copy: (text: string) => Promise<void>;
}

export function useTeam(api: TeamApi | null): Team {
  const [tokens, setTokens] = useState<TeamToken[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const reload = useCallback(async () => {
    if (api === null) return;
    try {
      setTokens(await api.list());
      setProblem(null);
    } catch (error) {
      reportError('listing the tokens')(error);
      setProblem(messageOf(error));
    }
  }, [api]);
  useEffect(() => void reload(), [reload]);

  const create = async (name: string, role: 'admin' | 'member', expiresInDays: number | null): Promise<InviteOutcome> => {
    if (api === null) return { ok: false, message: i18n.t('teamNeedsServer') };
    try {
      const expiresAt = expiresInDays === null ? undefined : new Date(Date.now() + expiresInDays * DAY_MS).toISOString();
      const created = await api.create({ name, role, ...(expiresAt ? { expiresAt } : {}) });
      await reload();
      return { ok: true, name: created.name, connectionCode: created.connectionCode };
    } catch (error) {
      reportError('creating an invite')(error);
      return { ok: false, message: i18n.t('inviteFailed', [messageOf(error)]) };
    }
  };

  const revoke = async (token: TeamToken): Promise<string> => {
    if (api === null) return i18n.t('teamNeedsServer');
    try {
      await api.revoke(token.id);
      await reload();
      return i18n.t('revoked', [token.name]);
    } catch (error) {
      reportError('revoking a token')(error);
      return i18n.t('revokeFailed', [token.name, messageOf(error)]);
    }
  };

  return { tokens, problem, create, revoke, copy: (text) => navigator.clipboard.writeText(text) };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The console's Team section (issue 11): invite a teammate (a connection code to send them), and the tokens that can
 * reach the directory — who, role, created, last used, expiry — each revocable at once, after a confirmation.
 */
import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { ConfirmDialog } from './confirm-dialog';
import { InviteForm, type InviteFormProps } from './invite-form';
import { TokenTable } from './token-table';
import type { TokenInfo } from '../../lib/api/api';

/** A token as `GET /api/v1/tokens` lists it (no secret). */
export type TeamToken = TokenInfo;

export interface TeamSectionProps extends InviteFormProps {
  /** `null` while loading. */
  tokens: readonly TeamToken[] | null;
  problem: string | null;
  formatDate: (iso: string) => string;
  /** Resolves with the sentence to announce (revoked, or why not). */
  onRevoke: (token: TeamToken) => Promise<string>;
}

export function TeamSection({ tokens, problem, formatDate, onRevoke, onCreate, onCopy }: TeamSectionProps) {
  const [confirming, setConfirming] = useState<TeamToken | null>(null);
  const [status, setStatus] = useState('');

  return (
    <>
      <div class="section-head">
        <h2 id="team-title" tabIndex={-1}>
          {i18n.t('teamTitle')}
        </h2>
      </div>
      <InviteForm onCreate={onCreate} onCopy={onCopy} />
      <section aria-labelledby="tokens-title" class="card">
        <h3 id="tokens-title">{i18n.t('tokensTitle')}</h3>
        {problem ? (
          <p class="error" role="alert">
            {i18n.t('tokensFailed', [problem])}
          </p>
        ) : tokens === null ? (
          <p class="hint">{i18n.t('loading')}</p>
        ) : (
          <TokenTable
            id="tokens-table"
            tokens={tokens}
            nameColumn={i18n.t('columnWho')}
            showRole
            rowAttribute="data-token"
            formatDate={formatDate}
            onRevoke={setConfirming}
          />
        )}
        <p role="status" id="team-status">
          {status}
        </p>
      </section>
      <ConfirmDialog
        title={confirming ? i18n.t('revokeConfirm', [confirming.name]) : null}
        help={i18n.t('revokeConfirmHelp')}
        confirmLabel={i18n.t('revoke')}
        onConfirm={() => confirming && void onRevoke(confirming).then(setStatus)}
        onClose={() => setConfirming(null)}
      />
    </>
  );
}

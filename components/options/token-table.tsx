/**
 * A table of tokens (issue 11), the Team section's (every token, with its role) and Settings → Your devices' (the
 * person's own device tokens): name, created, last used, expiry, and a Revoke button that asks the section to confirm.
 */
import { i18n } from '#i18n';
import type { TokenInfo } from '../../lib/api/api';

export interface TokenTableProps {
  id: string;
  /** The id of the heading naming the table, if it is not the table's section heading. */
  labelledBy?: string;
  tokens: readonly TokenInfo[];
  /** The first column's heading ("Who", "Device"). */
  nameColumn: string;
  /** Show each token's role (Team); a device token is always a member's. */
  showRole: boolean;
  /** The row attribute naming each token, for links and tests (`data-token`, `data-device`). */
  rowAttribute: `data-${string}`;
  formatDate: (iso: string) => string;
  onRevoke: (token: TokenInfo) => void;
}

function Expiry({ token, formatDate }: { token: TokenInfo; formatDate: (iso: string) => string }) {
  if (token.expired) return <span class="badge expired">{i18n.t('tokenExpired')}</span>;
  if (token.expiresAt) return <>{formatDate(token.expiresAt)}</>;
  return <span class="hint">{i18n.t('inviteNever')}</span>;
}

export function TokenTable({ id, labelledBy, tokens, nameColumn, showRole, rowAttribute, formatDate, onRevoke }: TokenTableProps) {
  return (
    <div class="table-scroll" tabIndex={0}>
      <table id={id} aria-labelledby={labelledBy}>
        <thead>
          <tr>
            <th scope="col">{nameColumn}</th>
            {showRole ? <th scope="col">{i18n.t('columnRole')}</th> : null}
            <th scope="col">{i18n.t('columnCreated')}</th>
            <th scope="col">{i18n.t('columnLastUsed')}</th>
            <th scope="col">{i18n.t('columnExpires')}</th>
            <th scope="col">
              <span class="visually-hidden">{i18n.t('columnActions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => (
            <tr key={token.id} {...{ [rowAttribute]: token.name }}>
              <td class="strong">{token.name}</td>
              {showRole ? (
                <td>
                  <span class={`badge role-${token.role}`}>{token.role === 'admin' ? i18n.t('roleAdmin') : i18n.t('roleMember')}</span>
                </td>
              ) : null}
              <td>{formatDate(token.createdAt)}</td>
              <td>{token.lastUsedAt ? formatDate(token.lastUsedAt) : <span class="hint">{i18n.t('neverUsed')}</span>}</td>
              <td>
                <Expiry token={token} formatDate={formatDate} />
              </td>
              <td class="col-actions">
                <button type="button" class="small danger-text" onClick={() => onRevoke(token)} aria-label={i18n.t('revokeAria', [token.name])}>
                  {i18n.t('revoke')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The tokens API's shapes (issue 11) as the console uses them, until the tokens branch's TypeBox schemas
 * (lib/api/api-schemas.ts TokenSchema…) land: then these become `Static<…>` aliases in lib/api/api.ts.
 */
export interface TokenInfo {
  id: string;
  name: string;
  role: 'admin' | 'member';
  createdAt: string;
  expiresAt: string | null;
  expired: boolean;
  lastUsedAt: string | null;
}

export interface TokenCreateBody {
  name: string;
  role: 'admin' | 'member';
  expiresAt?: string;
}

export interface TokenListResponse {
  tokens: TokenInfo[];
}

export type TokenCreated = TokenInfo & { secret: string; connectionCode: string };

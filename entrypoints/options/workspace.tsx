/**
 * The console's sections other than Settings, with their data and actions (issue 11). Keyed by the connection in
 * main.tsx: another server (or local mode) starts afresh. The audit log is read only while a section that shows it
 * is open (Activity reads it a page at a time), and the team only while Team is.
 */
import { useEffect, useMemo } from 'preact/hooks';
import { ActivitySection } from '../../components/options/activity-section';
import { CsvUpload } from '../../components/options/csv-upload';
import { DirectorySection } from '../../components/options/directory-section';
import { ImportHistory } from '../../components/options/import-history';
import { ImportSection } from '../../components/options/import-section';
import { TeamSection } from '../../components/options/team-section';
import { canWrite, type AdminSession } from '../../extension/admin/admin-session';
import { teamApi } from '../../extension/admin/team-api';
import { sendToBackground } from '../../extension/browser/messages';
import { reportError } from '../../extension/browser/report-error';
import { serverApi } from '../../extension/browser/server-api';
import { useAdminActions } from '../../hooks/use-admin-actions';
import type { AdminDirectory } from '../../hooks/use-admin-directory';
import { useActivity } from '../../hooks/use-activity';
import { useContactEditor } from '../../hooks/use-contact-editor';
import { useImportHistory } from '../../hooks/use-import-history';
import { useServerImports } from '../../hooks/use-server-imports';
import { useSelectionDraft } from '../../hooks/use-selection-draft';
import { useTeam } from '../../hooks/use-team';
import type { Section } from '../../lib/console/console-sections';
import { formatDateTime } from '../../lib/messages/format-date-time';
import type { Locale } from '../../lib/messages/messages';
import type { Settings } from '../../lib/settings/settings';

export interface WorkspaceProps {
  section: Section;
  settings: Settings;
  session: AdminSession;
  directory: AdminDirectory;
  locale: Locale;
}

export function Workspace({ section, settings, session, directory, locale }: WorkspaceProps) {
  // Keyed by the connection: these are built once per server.
  const api = useMemo(() => serverApi(settings), []);
  const team = useMemo(() => (api ? teamApi(api) : null), [api]);
  const admin = canWrite(session);
  const actions = useAdminActions(directory, api, session.rules, locale);
  const draft = useSelectionDraft();
  const editor = useContactEditor(directory, actions, draft);
  // The Import section lists the latest imports; Activity pages through the whole log. Both filtered by the server.
  const audit = useServerImports(admin && section === 'import' ? api : null);
  const history = useImportHistory(session.mode, audit.imports, directory.db);
  const members = useTeam(admin && section === 'team' ? team : null);
  const names = useMemo(() => new Map(directory.contacts.map((contact) => [contact.id, contact.name])), [directory.contacts]);
  const activity = useActivity(admin && section === 'activity' ? api : null, names);
  const formatDate = (iso: string) => formatDateTime(iso, locale);

  // The log names contacts by id, and this page names them from the local copy: bring it up to date, so a contact
  // added since the last sync is named (the worker announces the change and the directory reads it again).
  useEffect(() => {
    if (section === 'activity' && api !== null) void sendToBackground('sync-now', undefined).catch(reportError('the sync the Activity section asked for'));
  }, [section, api]);

  const undo = async (importId: string) => {
    if (!actions.uploads) throw new Error('The local copy of the directory is not open yet: try again in a moment.');
    try {
      return await actions.uploads.undo(importId);
    } finally {
      audit.reload();
      activity.reload();
      history.reloadLocal();
      void directory.reload();
    }
  };

  if (section === 'import' && admin) {
    return (
      <ImportSection
        upload={
          actions.uploads ? (
            <CsvUpload
              locale={locale}
              maxContacts={session.rules.maxContacts}
              preview={actions.uploads.preview}
              upload={actions.uploads.upload}
              undo={undo}
              downloadRejected={actions.uploads.downloadRejected}
              onChanged={() => {
                void directory.reload();
                audit.reload();
                history.reloadLocal();
              }}
            />
          ) : null
        }
        syncProblem={actions.syncProblem}
        onTemplate={actions.downloadTemplate}
        history={<ImportHistory items={history.items} more={history.more} problem={history.problem} formatDate={formatDate} onUndo={undo} />}
      />
    );
  }
  if (section === 'team' && admin) {
    return (
      <TeamSection
        tokens={members.tokens}
        problem={members.problem}
        formatDate={formatDate}
        onRevoke={members.revoke}
        onCreate={members.create}
        onCopy={members.copy}
      />
    );
  }
  if (section === 'activity' && admin) {
    return (
      <ActivitySection activity={activity} names={names} formatDate={formatDate} onUndo={undo} />
    );
  }
  return (
    <DirectorySection
      contacts={directory.contacts}
      search={directory.search}
      locale={locale}
      admin={
        admin
          ? {
              editor,
              conflicts: directory.conflicts,
              defaultCountry: session.rules.defaultCountry ?? undefined,
              duplicateOf: directory.duplicateOf,
              dismissConflict: (conflict) => void directory.dismissConflict(conflict),
              onExport: actions.exportContacts,
            }
          : null
      }
    />
  );
}

/**
 * The console's frame (issue 11): a top bar with who and where you are, the navigation, and the open section.
 * Opening another section moves the keyboard focus to its heading, so a screen reader announces it and Tab goes on
 * from there (a reload keeps the browser's own start).
 */
import { i18n } from '#i18n';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { ConsoleNav } from './console-nav';
import { PlainHttpWarning } from './plain-http-warning';
import type { Section } from '../../lib/console/console-sections';

export interface ConsoleLayoutProps {
  sections: readonly Section[];
  section: Section;
  /** The connected server's address; '' in local mode. */
  serverUrl: string;
  /** "Connected to … as …" or "Local mode …". */
  modeNote: string;
  /** Why the server could not be reached, if it could not. */
  problem: string | null;
  children: ComponentChildren;
}

export function ConsoleLayout({ sections, section, serverUrl, modeNote, problem, children }: ConsoleLayoutProps) {
  const main = useRef<HTMLElement>(null);
  const shown = useRef(section);
  useEffect(() => {
    if (shown.current === section) return;
    shown.current = section;
    main.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [section]);

  return (
    <div class="console">
      <a class="skip-link" href="#main">
        {i18n.t('skipToContent')}
      </a>
      <header class="topbar">
        <h1>{i18n.t('extName')}</h1>
        <p id="mode-note" class="mode-note">
          {modeNote}
        </p>
      </header>
      <div class="console-body">
        <ConsoleNav sections={sections} current={section} />
        <main id="main" ref={main} class="console-main" data-section={section}>
          {problem ? (
            <p class="error-box" role="alert">
              {i18n.t('serverUnreachable', [problem])}
            </p>
          ) : null}
          {serverUrl ? <PlainHttpWarning origin={serverUrl} id="plain-http-warning" /> : null}
          {children}
        </main>
      </div>
    </div>
  );
}

/**
 * The console's navigation (issue 11): one link per section this person may open, each a URL fragment (so a link,
 * a reload, Back and Forward work), the current one marked with `aria-current="page"`.
 */
import { i18n } from '#i18n';
import type { Section } from '../../lib/console/console-sections';

type SectionLabel = 'directoryTitle' | 'importTitle' | 'teamTitle' | 'activityTitle' | 'settingsTitle';

export const SECTION_LABELS: Record<Section, SectionLabel> = {
  directory: 'directoryTitle',
  import: 'importTitle',
  team: 'teamTitle',
  activity: 'activityTitle',
  settings: 'settingsTitle',
};

const ICONS: Record<Section, string> = {
  directory: 'M4 4h16v16H4z M8 9h8 M8 13h8 M8 17h5',
  import: 'M12 3v12 M7 10l5 5 5-5 M4 20h16',
  team: 'M9 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6z M3 20c0-3 3-5 6-5s6 2 6 5 M17 11a2.5 2.5 0 1 0 0-5 M17 15c2 0 4 1.5 4 4',
  activity: 'M3 12h4l3-8 4 16 3-8h4',
  settings: 'M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6z M19 12h2 M3 12h2 M12 3v2 M12 19v2 M5.6 5.6l1.4 1.4 M17 17l1.4 1.4 M5.6 18.4L7 17 M17 7l1.4-1.4',
};

export function ConsoleNav({ sections, current }: { sections: readonly Section[]; current: Section }) {
  return (
    <nav class="console-nav" aria-label={i18n.t('consoleNav')}>
      <ul>
        {sections.map((section) => (
          <li key={section}>
            <a href={`#${section}`} id={`nav-${section}`} aria-current={section === current ? 'page' : undefined}>
              <svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18">
                <path d={ICONS[section]} />
              </svg>
              {i18n.t(SECTION_LABELS[section])}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** A table of problem lines of a CSV file (issue 5's preview): line number, field and reason, in the reader's language. */
import { i18n } from '#i18n';
import { uiCount } from '../ui-count';
import type { LineProblem, ReportDuplicate } from '../../lib/contact/contact';
import { fieldName, formatBareMessage, type Locale } from '../../lib/messages/messages';

export interface ProblemTableProps {
  id: string;
  caption: string;
  problems: readonly (LineProblem | ReportDuplicate)[];
  locale: Locale;
}

/** Long tables show their first rows; the rejected-lines download holds them all. */
const SHOWN = 200;

export function ProblemTable({ id, caption, problems, locale }: ProblemTableProps) {
  if (problems.length === 0) return null;
  return (
    <div class="table-wrap" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table id={id}>
        <caption id={`${id}-caption`}>
          {caption}
          {problems.length > SHOWN ? ` ${i18n.t('tableFirstRows', SHOWN, [uiCount(SHOWN), uiCount(problems.length)])}` : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">{i18n.t('columnLine')}</th>
            <th scope="col">{i18n.t('columnField')}</th>
            <th scope="col">{i18n.t('columnReason')}</th>
          </tr>
        </thead>
        <tbody>
          {problems.slice(0, SHOWN).map((problem) => (
            <tr key={`${problem.line}-${problem.code}-${'field' in problem ? problem.field : ''}`}>
              <td>{problem.line}</td>
              <td>{'field' in problem && problem.field ? fieldName(problem.field, locale) : ''}</td>
              <td>{formatBareMessage(problem.code, problem.params, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

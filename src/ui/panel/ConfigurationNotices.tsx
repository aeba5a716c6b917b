import { Alert } from '@zendeskgarden/react-notifications';
import type { RulebookProblem, RulebookWarning } from '../../rules/types';
import type { SettingsProblem } from '../../zendesk';
import { useTranslation } from '../i18n';
import { MAX_REASONS_SHOWN, MAX_RULEBOOK_PROBLEMS_SHOWN } from './displayLimits';
import { MoreCount } from './MoreCount';
import { ReasonList } from '../look/primitives';

/**
 * A broken rulebook override or ignored settings: shown with their problems (and JSON paths)
 * while the default rulebook keeps the panel working. Warnings about an override that is in use
 * (a missing translation) are shown apart, as information. Of both, the first only are listed,
 * with the count of the rest: a large override may lack a whole language or be wrong throughout.
 */
export function ConfigurationNotices({
  rulebookProblems,
  rulebookWarnings,
  settingsProblems,
}: {
  rulebookProblems: RulebookProblem[];
  rulebookWarnings: RulebookWarning[];
  settingsProblems: SettingsProblem[];
}) {
  const { t } = useTranslation();
  const list = (problems: readonly RulebookProblem[]) => (
    <ReasonList>
      {problems.map((problem, index) => (
        <li key={`${problem.path}-${index}`}>
          {t('ui.rulebook.problem', { path: problem.path, message: problem.message })}
        </li>
      ))}
    </ReasonList>
  );
  return (
    <>
      {rulebookProblems.length > 0 && (
        <Alert type="warning" data-testid="rulebook-problems" role="note">
          <Alert.Title>{t('ui.rulebook.title')}</Alert.Title>
          <Alert.Paragraph>{t('ui.rulebook.body')}</Alert.Paragraph>
          {list(rulebookProblems.slice(0, MAX_RULEBOOK_PROBLEMS_SHOWN))}
          <MoreCount count={rulebookProblems.length - MAX_RULEBOOK_PROBLEMS_SHOWN} translationKey="ui.rulebook.moreProblems" testId="rulebook-problems-more" />
        </Alert>
      )}
      {rulebookWarnings.length > 0 && (
        <Alert type="info" data-testid="rulebook-warnings" role="note">
          <Alert.Title>{t('ui.rulebook.warningsTitle')}</Alert.Title>
          <Alert.Paragraph>{t('ui.rulebook.warningsBody')}</Alert.Paragraph>
          {list(rulebookWarnings.slice(0, MAX_REASONS_SHOWN))}
          <MoreCount
            count={rulebookWarnings.length - MAX_REASONS_SHOWN}
            translationKey="ui.rulebook.moreWarnings"
            testId="rulebook-warnings-more"
          />
        </Alert>
      )}
      {settingsProblems.length > 0 && (
        <Alert type="warning" data-testid="settings-problems" role="note">
          <Alert.Title>{t('ui.settings.title')}</Alert.Title>
          <ReasonList>
            {settingsProblems.map((problem, index) => (
              <li key={index}>{t(problem.key, problem.vars)}</li>
            ))}
          </ReasonList>
        </Alert>
      )}
    </>
  );
}

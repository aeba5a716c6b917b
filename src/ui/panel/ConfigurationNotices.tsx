import { Alert } from '@zendeskgarden/react-notifications';
import type { RulebookProblem, RulebookWarning } from '../../rules/types';
import type { SettingsProblem } from '../../zendesk';
import { useTranslation } from '../i18n';
import { MAX_REASONS_SHOWN } from './displayLimits';
import { MoreCount } from './MoreCount';
import { ReasonList } from './styles';

/**
 * A broken rulebook override or ignored settings: shown with every problem (and its JSON path)
 * while the default rulebook keeps the panel working. Warnings about an override that is in use
 * (a rule matching every sample ticket, a missing translation) are shown apart, as information,
 * the first of them only: a large override may lack a whole language.
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
          {list(rulebookProblems)}
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

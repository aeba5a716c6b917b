import { Alert } from '@zendeskgarden/react-notifications';
import type { RulebookProblem } from '../../rules/types';
import type { SettingsProblem } from '../../zendesk';
import { useTranslation } from '../i18n';
import { ReasonList } from './styles';

/**
 * A broken rulebook override or ignored settings: shown with every problem (and its JSON path)
 * while the default rulebook keeps the panel working.
 */
export function ConfigurationNotices({
  rulebookProblems,
  settingsProblems,
}: {
  rulebookProblems: RulebookProblem[];
  settingsProblems: SettingsProblem[];
}) {
  const { t } = useTranslation();
  return (
    <>
      {rulebookProblems.length > 0 && (
        <Alert type="warning" data-testid="rulebook-problems" role="note">
          <Alert.Title>{t('ui.rulebook.title')}</Alert.Title>
          <Alert.Paragraph>{t('ui.rulebook.body')}</Alert.Paragraph>
          <ReasonList>
            {rulebookProblems.map((problem, index) => (
              <li key={`${problem.path}-${index}`}>
                {t('ui.rulebook.problem', { path: problem.path, message: problem.message })}
              </li>
            ))}
          </ReasonList>
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

import styled from 'styled-components';
import { getColor } from '@zendeskgarden/react-theming';
import { useTranslation } from '../i18n';
import { ReasonList } from './styles';

const Details = styled.details`
  margin-top: ${(p) => p.theme.space.xs};
  font-size: ${(p) => p.theme.fontSizes.sm};
  color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.subtle' })};
  summary {
    cursor: pointer;
  }
`;

/** Input problems the engine worked around: discreet, collapsed, for the curious. */
export function InputWarnings({ warnings }: { warnings: string[] }) {
  const { t } = useTranslation();
  if (warnings.length === 0) return null;
  return (
    <Details data-testid="input-warnings">
      <summary>{t('ui.warnings.summary', { count: warnings.length })}</summary>
      <ReasonList>
        {warnings.map((warning, index) => (
          <li key={index}>{warning}</li>
        ))}
      </ReasonList>
    </Details>
  );
}

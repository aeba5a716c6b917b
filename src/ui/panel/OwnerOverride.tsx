import { useId } from 'react';
import styled from 'styled-components';
import { focusStyles, getColor } from '@zendeskgarden/react-theming';
import { OWNERS, type Owner } from '../../rules/types';
import { useTranslation } from '../i18n';
import { useTriageOverrides } from '../TriageOverridesContext';
import { Row, Subtle } from '../look/primitives';

// A native <select> in Garden's colours: Garden's Dropdown would add a package to a bundle that
// is already over budget, and a native control is fully keyboard- and screen-reader-accessible.
const Select = styled.select`
  padding: 0 ${(p) => p.theme.space.xs};
  height: ${(p) => p.theme.space.base * 7}px;
  font: inherit;
  font-size: ${(p) => p.theme.fontSizes.sm};
  color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.default' })};
  background: ${(p) => getColor({ theme: p.theme, variable: 'background.default' })};
  border: ${(p) => p.theme.borders.sm}
    ${(p) => getColor({ theme: p.theme, variable: 'border.default' })};
  border-radius: ${(p) => p.theme.borderRadii.md};
  ${(p) => focusStyles({ theme: p.theme })}
`;

const Label = styled.label`
  font-size: ${(p) => p.theme.fontSizes.sm};
  font-weight: ${(p) => p.theme.fontWeights.semibold};
`;

/** "Owner: CS ▾": lets the triager record another owner than the suggested one in the triage tags. */
export function OwnerOverride({ suggested }: { suggested: Owner }) {
  const { t } = useTranslation();
  const { chosenOwner, chooseOwner } = useTriageOverrides();
  const id = useId();
  const shown = chosenOwner ?? suggested;
  return (
    <>
      <Row>
        <Label htmlFor={id}>{t('ui.ownerOverride.label')}:</Label>
        <Select
          id={id}
          data-testid="owner-override"
          value={shown}
          onChange={(event) => {
            const owner = OWNERS.find((candidate) => candidate === event.target.value) ?? suggested;
            chooseOwner(owner === suggested ? null : owner);
          }}
        >
          {OWNERS.map((owner) => (
            <option key={owner} value={owner}>
              {owner === suggested
                ? t('ui.ownerOverride.suggested', { owner: t(`ui.ownerOverride.short.${owner}`) })
                : t(`ui.ownerOverride.short.${owner}`)}
            </option>
          ))}
        </Select>
      </Row>
      {shown !== suggested && (
        <Subtle role="status">
          {t('ui.ownerOverride.overridden', { owner: t(`ui.ownerOverride.short.${shown}`) })}
        </Subtle>
      )}
    </>
  );
}

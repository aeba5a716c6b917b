import { useId, useState } from 'react';
import type { Assessment, Rulebook } from '../../rules/types';
import { useTranslation } from '../i18n';
import { MAX_OTHER_MACROS_SHOWN } from './displayLimits';
import { MacroItem } from './MacroItem';
import { MoreCount } from './MoreCount';
import { DisclosureButton, PlainList, Subtle } from '../look/primitives';

/**
 * "Other macros…": the rest of the macro library, closed by default, each insertable. The list is
 * built only when opened; inserting one of these records a macro override for Apply triage.
 */
export function OtherMacros({
  assessment,
  rulebook,
}: {
  assessment: Assessment;
  rulebook: Rulebook;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const regionId = useId();
  const others = open
    ? rulebook.macroLibrary.filter((macro) => !assessment.macros.includes(macro.slug))
    : [];
  return (
    <div>
      <DisclosureButton
        type="button"
        aria-expanded={open}
        aria-controls={regionId}
        onClick={() => setOpen((value) => !value)}
      >
        {t('ui.macros.other')}
      </DisclosureButton>
      <div id={regionId} role="region" aria-label={t('ui.macros.otherLabel')} hidden={!open}>
        {open &&
          (others.length === 0 ? (
            <Subtle>{t('ui.macros.otherNone')}</Subtle>
          ) : (
            <>
              <PlainList data-testid="other-macros">
                {others.slice(0, MAX_OTHER_MACROS_SHOWN).map((macro) => (
                  <MacroItem key={macro.slug} macro={macro} suggested={false} />
                ))}
              </PlainList>
              <MoreCount
                count={others.length - MAX_OTHER_MACROS_SHOWN}
                translationKey="ui.macros.more"
                testId="other-macros-more"
              />
            </>
          ))}
      </div>
    </div>
  );
}

// Garden's theme, for what still renders Garden's components and styled-components at run time:
// the later parts (laterParts.ts), loaded after the first paint. The first paint renders the
// pre-rendered looks of src/ui/look and needs no theme, so this lives in the later chunk.
import type { ReactNode } from 'react';
import { DEFAULT_THEME, ThemeProvider } from '@zendeskgarden/react-theming';

export function GardenTheme({ children }: { children: ReactNode }) {
  return <ThemeProvider theme={DEFAULT_THEME}>{children}</ThemeProvider>;
}

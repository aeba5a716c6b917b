/** How heavy the bench's rulebook is: matching flag rules, and characters of one macro's title and body. */
export interface HeavyPanelSizes {
  flagRules: number;
  titleChars: number;
}

/** The sizes issue 14 names: the sidebar must show an assessment within 1 s under each. */
export const HEAVY_PANEL_SIZES: HeavyPanelSizes = { flagRules: 10_000, titleChars: 100_000 };

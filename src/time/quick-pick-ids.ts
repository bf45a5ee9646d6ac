/** SPEC §11 quick picks, as the form lists them; what each one sets is in quick-picks.ts, loaded on the first pick. */
export const QUICK_PICKS = [
  { id: 'in-1-hour', label: 'In 1 hour' },
  { id: 'in-2-hours', label: 'In 2 hours' },
  { id: 'tomorrow-0900', label: 'Tomorrow 09:00' },
  { id: 'tomorrow-1400', label: 'Tomorrow 14:00' },
] as const;

export type QuickPickId = (typeof QUICK_PICKS)[number]['id'];

/** A claim label: its name, a one-key shortcut for the quick pick, and a colour for its marks. */
export interface LabelDefinition {
  name: string;
  key: string;
  color: string;
  description: string;
}

/** The labels every workspace starts with. */
export const DEFAULT_LABELS: readonly LabelDefinition[] = [
  { name: 'claim', key: 'c', color: '#d97706', description: 'A factual claim to check' },
  { name: 'statistic', key: 's', color: '#2563eb', description: 'A number or measurement' },
  { name: 'quote', key: 'q', color: '#7c3aed', description: 'A quotation of someone' },
  { name: 'attribution', key: 'a', color: '#059669', description: 'Who said or reported it' },
  { name: 'opinion', key: 'o', color: '#6b7280', description: 'Opinion or analysis, not a checkable fact' },
  { name: 'question', key: 'x', color: '#dc2626', description: 'Something to ask or follow up' },
];

/** The resources screen's search field: a magnifier icon and a search input, labelled for screen readers. */
import { Search } from 'lucide-react';

export interface SearchBoxProps {
  value: string;
  onChange: (value: string) => void;
  placeholder: string;
  label: string;
  testId: string;
  /** Marks the box itself as the search landmark (when no surrounding toolbar is one). */
  landmark?: boolean;
}

export function SearchBox({ value, onChange, placeholder, label, testId, landmark = false }: SearchBoxProps) {
  return (
    <div className="resources__search" role={landmark ? 'search' : undefined}>
      <Search size={16} aria-hidden className="resources__search-icon" />
      <input
        type="search"
        value={value}
        maxLength={500}
        onChange={(e) => onChange(e.target.value)}
        placeholder={placeholder}
        aria-label={label}
        data-testid={testId}
      />
    </div>
  );
}

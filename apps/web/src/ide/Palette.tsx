import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { Dialog } from "../ui/Dialog.tsx";

/**
 * A searchable list in a modal: type to filter, arrows to move, Enter to pick, Escape
 * to close. Quick open and the command palette are both this.
 */
export function Palette<T>({
  title,
  placeholder,
  filter,
  itemKey,
  renderItem,
  onPick,
  onClose,
  empty,
}: {
  title: string;
  placeholder: string;
  filter: (query: string) => T[];
  itemKey: (item: T) => string;
  renderItem: (item: T) => ReactNode;
  onPick: (item: T) => void;
  onClose: () => void;
  empty: string;
}) {
  const [query, setQuery] = useState("");
  const [selected, setSelected] = useState(0);
  const listId = useId();
  const listRef = useRef<HTMLUListElement>(null);
  const items = filter(query);
  const current = Math.min(selected, Math.max(items.length - 1, 0));

  useEffect(() => {
    listRef.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: "nearest" });
  }, [current]);

  const pick = (item: T | undefined) => {
    if (!item) return;
    onClose();
    onPick(item);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      setSelected((current + step + items.length) % Math.max(items.length, 1));
    } else if (event.key === "Enter") {
      event.preventDefault();
      pick(items[current]);
    }
  };

  return (
    <Dialog open onClose={onClose} title={title}>
      <div className="palette">
        <input
          data-autofocus
          className="palette__input"
          role="combobox"
          aria-expanded="true"
          aria-controls={listId}
          aria-activedescendant={items.length ? `${listId}-${current}` : undefined}
          aria-label={title}
          placeholder={placeholder}
          value={query}
          spellCheck={false}
          onChange={(e) => {
            setQuery(e.target.value);
            setSelected(0);
          }}
          onKeyDown={onKeyDown}
        />
        <ul id={listId} ref={listRef} role="listbox" aria-label={title} className="palette__list">
          {items.map((item, i) => (
            <li
              key={itemKey(item)}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === current}
              className="palette__item"
              onMouseMove={() => i !== current && setSelected(i)}
              onClick={() => pick(item)}
            >
              {renderItem(item)}
            </li>
          ))}
        </ul>
        {items.length === 0 && <p className="muted palette__empty">{empty}</p>}
      </div>
    </Dialog>
  );
}

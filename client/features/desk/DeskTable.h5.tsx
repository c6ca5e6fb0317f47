import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { DeskColumn, DeskTableProps } from './DeskTable';
import './desk-table.scss';

type Sort = { key: string; up: boolean } | null;

/**
 * H5: a real <table>. The keyboard works as in a desktop list: ↑/↓ (or k/j) move the current row, Enter
 * opens it, Space ticks it for a bulk action, Home/End jump. A click on a sortable header orders by that
 * column, a second click reverses it.
 */
/** A control of its own inside a row (a cell's button, link or box): its clicks and keys are not the row's. */
const ownControl = (target: EventTarget, row: HTMLElement): boolean =>
  target instanceof Element && target !== row && !!target.closest('button, a, input, select, textarea') && row.contains(target);

export function DeskTable<Row>(props: DeskTableProps<Row>) {
  const { id, caption, rows, columns, rowKey, current, onOpen, ticked, onTick, canTick, empty } = props;
  const [sort, setSort] = useState<Sort>(null);
  const [focus, setFocus] = useState(0);
  const body = useRef<HTMLTableSectionElement>(null);

  const sorted = useMemo(() => {
    if (!sort) return rows;
    const value = columns.find((c) => c.key === sort.key)?.sortValue;
    if (!value) return rows;
    return [...rows].sort((a, b) => {
      const x = value(a);
      const y = value(b);
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh-CN');
      return sort.up ? order : -order;
    });
  }, [rows, columns, sort]);

  const tickable = (row: Row) => !!onTick && (!canTick || canTick(row));
  const toggle = (row: Row) => {
    if (!onTick || !ticked || !tickable(row)) return;
    const next = new Set(ticked);
    const key = rowKey(row);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    onTick(next);
  };
  const allTickable = sorted.filter(tickable);
  const allTicked = allTickable.length > 0 && allTickable.every((r) => ticked?.has(rowKey(r)));

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(sorted.length - 1, index));
    setFocus(next);
    body.current?.querySelectorAll<HTMLTableRowElement>('tr')[next]?.focus();
  };
  const onKey = (event: KeyboardEvent<HTMLTableRowElement>, index: number, row: Row) => {
    // A button or box inside a cell keeps its own Enter and Space.
    if (ownControl(event.target, event.currentTarget)) return;
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveTo(index + 1),
      j: () => moveTo(index + 1),
      ArrowUp: () => moveTo(index - 1),
      k: () => moveTo(index - 1),
      Home: () => moveTo(0),
      End: () => moveTo(sorted.length - 1),
      Enter: () => onOpen?.(row),
      ' ': () => toggle(row),
    };
    const act = keys[event.key];
    if (!act) return;
    event.preventDefault();
    act();
  };

  const header = (column: DeskColumn<Row>) => {
    if (!column.sortValue) return <th key={column.key} style={{ width: column.width }} scope='col'>{column.label}</th>;
    const here = sort?.key === column.key;
    return (
      <th key={column.key} style={{ width: column.width }} scope='col' aria-sort={here ? (sort.up ? 'ascending' : 'descending') : 'none'}>
        <button type='button' className='desktable-sort' onClick={() => setSort(here && sort.up ? { key: column.key, up: false } : { key: column.key, up: true })}>
          {column.label}
          <span className='desktable-arrow' aria-hidden='true'>{here ? (sort.up ? '▲' : '▼') : '↕'}</span>
        </button>
      </th>
    );
  };

  return (
    <table className='desktable' id={id}>
      <caption className='desktable-caption'>{caption}</caption>
      <thead>
        <tr>
          {onTick && (
            <th className='desktable-tick' scope='col'>
              <input
                type='checkbox'
                aria-label='全选'
                checked={allTicked}
                disabled={allTickable.length === 0}
                onChange={() => onTick(allTicked ? new Set() : new Set(allTickable.map(rowKey)))}
              />
            </th>
          )}
          {columns.map(header)}
        </tr>
      </thead>
      <tbody ref={body}>
        {sorted.length === 0 && (
          <tr>
            <td className='desktable-empty' colSpan={columns.length + (onTick ? 1 : 0)}>{empty ?? '没有记录'}</td>
          </tr>
        )}
        {sorted.map((row, index) => {
          const key = rowKey(row);
          return (
            <tr
              key={key}
              id={`${id}-row-${key}`}
              tabIndex={index === focus ? 0 : -1}
              className={key === current ? 'desktable-row desktable-row--open' : 'desktable-row'}
              aria-selected={key === current}
              onKeyDown={(event) => onKey(event, index, row)}
              onFocus={() => setFocus(index)}
              onClick={(event) => {
                if (!ownControl(event.target, event.currentTarget)) onOpen?.(row);
              }}
            >
              {onTick && (
                <td className='desktable-tick' onClick={(event) => event.stopPropagation()}>
                  {tickable(row) && <input type='checkbox' aria-label='选中这一行' checked={!!ticked?.has(key)} onChange={() => toggle(row)} />}
                </td>
              )}
              {columns.map((column) => (
                <td key={column.key}>{column.cell(row)}</td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

import { Fragment, type CSSProperties, type Key, type ReactNode } from 'react';

/**
 * A short, non-virtualised list that looks like antd's (deprecated) List: rows split by a thin
 * line, optional actions on the right, and a text when there is nothing to show.
 * Styles are in global.css (.pyt-list*).
 */
export function SimpleList<T>({
  items,
  rowKey,
  renderItem,
  emptyText = '暂无数据',
  size = 'default',
  bordered = false,
  style,
  'aria-label': ariaLabel,
}: {
  items: readonly T[];
  rowKey(item: T, index: number): Key;
  /** Usually a <SimpleListItem>. */
  renderItem(item: T, index: number): ReactNode;
  emptyText?: ReactNode;
  size?: 'default' | 'small';
  bordered?: boolean;
  style?: CSSProperties;
  'aria-label'?: string;
}) {
  const cls = ['pyt-list', size === 'small' && 'pyt-list-sm', bordered && 'pyt-list-bordered'].filter(Boolean).join(' ');
  if (items.length === 0) {
    return (
      <div className={cls} style={style}>
        <div className="pyt-list-empty">{emptyText}</div>
      </div>
    );
  }
  return (
    <ul className={cls} style={style} aria-label={ariaLabel}>
      {items.map((item, i) => (
        <Fragment key={rowKey(item, i)}>{renderItem(item, i)}</Fragment>
      ))}
    </ul>
  );
}

/** One row: content on the left, actions (links, buttons) on the right. */
export function SimpleListItem({ children, actions }: { children: ReactNode; actions?: ReactNode }) {
  // `ant-list-item` is kept only as a stable hook for e2e selectors written against antd's List;
  // antd's List styles are scoped under `.ant-list`, so it brings no styling of its own.
  return (
    <li className="pyt-list-item ant-list-item">
      {children}
      {actions && <div className="pyt-list-item-actions">{actions}</div>}
    </li>
  );
}

/** A title with a grey description under it, for the content of a row. */
export function SimpleListMeta({ title, description }: { title: ReactNode; description?: ReactNode }) {
  return (
    <div className="pyt-list-item-meta">
      <div className="pyt-list-item-title">{title}</div>
      {description && <div className="pyt-list-item-description">{description}</div>}
    </div>
  );
}

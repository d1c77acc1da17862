/** Left pane of the catalog editor: the tables grouped by category, searchable, with status tags. */
import { useMemo, useState } from 'react';
import { Input, Menu, Tag } from 'antd';
import type { Catalog } from '../../../shared/catalog/catalog-types';
import { T } from './texts';

export function CatalogTableList(props: {
  catalog: Catalog;
  selected: string | null;
  onSelect: (code: string) => void;
}) {
  const [query, setQuery] = useState('');
  const items = useMemo(() => {
    const q = query.trim().toLowerCase();
    const groups = new Map<string, Catalog['tables']>();
    for (const t of props.catalog.tables) {
      if (q && !t.code.toLowerCase().includes(q) && !t.name.includes(query.trim())) continue;
      groups.set(t.category, [...(groups.get(t.category) ?? []), t]);
    }
    return [...groups].map(([category, tables]) => ({
      type: 'group' as const,
      key: category,
      label: category,
      children: tables.map((t) => ({
        key: t.code,
        label: (
          <span title={`${t.code} ${t.name}`}>
            <b>{t.code}</b> {t.name}
            {t.status === 'pending' && (
              <Tag color="orange" style={{ marginLeft: 4 }}>
                {T.pending}
              </Tag>
            )}
            {t.supplementary && (
              <Tag color="purple" style={{ marginLeft: 4 }}>
                {T.supplementary}
              </Tag>
            )}
          </span>
        ),
      })),
    }));
  }, [props.catalog, query]);

  return (
    <div style={{ display: 'flex', flexDirection: 'column', height: '100%' }}>
      <Input.Search
        placeholder={T.search}
        allowClear
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        style={{ marginBottom: 8 }}
      />
      <div style={{ overflow: 'auto', flex: 1 }}>
        <Menu
          mode="inline"
          items={items}
          selectedKeys={props.selected ? [props.selected] : []}
          onClick={(e) => props.onSelect(e.key)}
          data-testid="catalog-tables"
        />
      </div>
    </div>
  );
}

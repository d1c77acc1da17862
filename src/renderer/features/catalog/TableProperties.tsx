/** A table's settings in the catalog editor: name, kind, period, shape, owner, natural key, note. */
import { Checkbox, Col, Form, Input, Row, Select } from 'antd';
import {
  PERIOD_KINDS,
  PERIOD_LABELS,
  SHAPE_LABELS,
  TABLE_KIND_LABELS,
  TABLE_KINDS,
  TABLE_SHAPES,
  type TableDef,
} from '../../../shared/catalog/catalog-types';
import type { TablePatch } from '../../../shared/catalog/table-editing';
import { tableKind } from '../../../shared/catalog/table-kind';
import type { Department } from '../../../shared/departments/department-types';
import { T } from './texts';

export function TableProperties(props: {
  table: TableDef;
  departments: Department[];
  readOnly: boolean;
  onRename: (name: string) => void;
  onPatch: (patch: TablePatch) => void;
}) {
  const t = props.table;
  const depts = props.departments.map((d) => ({ value: d.code, label: d.name }));
  return (
    <Form layout="vertical" size="small" disabled={props.readOnly} data-testid="table-properties">
      <Row gutter={12}>
        <Col span={10}>
          <Form.Item style={{ marginBottom: 8 }} label={T.tableName} htmlFor="table-prop-name">
            <Input
              id="table-prop-name"
              key={`${t.code}-name`}
              defaultValue={t.name}
              onBlur={(e) => e.target.value !== t.name && props.onRename(e.target.value)}
              aria-label={T.tableName}
            />
          </Form.Item>
        </Col>
        <Col span={5}>
          <Form.Item style={{ marginBottom: 8 }} label={T.period} htmlFor="table-prop-period">
            <Select
              id="table-prop-period"
              value={t.period}
              onChange={(period) => props.onPatch({ period })}
              options={PERIOD_KINDS.map((p) => ({ value: p, label: PERIOD_LABELS[p] }))}
            />
          </Form.Item>
        </Col>
        <Col span={5}>
          <Form.Item style={{ marginBottom: 8 }} label={T.shape} htmlFor="table-prop-shape">
            <Select
              id="table-prop-shape"
              value={t.shape}
              onChange={(shape) => props.onPatch({ shape })}
              options={TABLE_SHAPES.map((s) => ({ value: s, label: SHAPE_LABELS[s] }))}
            />
          </Form.Item>
        </Col>
        <Col span={4}>
          <Form.Item style={{ marginBottom: 8 }} label=" ">
            <Checkbox checked={t.core} onChange={(e) => props.onPatch({ core: e.target.checked })}>
              {T.core}
            </Checkbox>
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col span={4}>
          <Form.Item style={{ marginBottom: 8 }} label={T.kind} htmlFor="table-prop-kind">
            <Select
              id="table-prop-kind"
              value={tableKind(t)}
              onChange={(kind) => props.onPatch({ kind })}
              options={TABLE_KINDS.map((k) => ({ value: k, label: TABLE_KIND_LABELS[k] }))}
            />
          </Form.Item>
        </Col>
        <Col span={5}>
          <Form.Item style={{ marginBottom: 8 }} label={T.owner} htmlFor="table-prop-owner">
            <Select
              id="table-prop-owner"
              allowClear
              value={t.ownerDepartment ?? undefined}
              options={depts}
              showSearch={{ optionFilterProp: 'label' }}
              onChange={(v: string | undefined) => props.onPatch({ ownerDepartment: v ?? null })}
            />
          </Form.Item>
        </Col>
        <Col span={7}>
          <Form.Item style={{ marginBottom: 8 }} label={T.cooperating} htmlFor="table-prop-cooperating">
            <Select
              id="table-prop-cooperating"
              mode="multiple"
              value={t.cooperatingDepartments}
              options={depts}
              showSearch={{ optionFilterProp: 'label' }}
              onChange={(v: string[]) => props.onPatch({ cooperatingDepartments: v })}
            />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item
            style={{ marginBottom: 8 }}
            label={T.naturalKey}
            tooltip={T.naturalKeyHelp}
            htmlFor="table-prop-key"
          >
            <Select
              id="table-prop-key"
              mode="multiple"
              disabled={props.readOnly || t.shape === 'form'}
              value={t.naturalKey}
              options={t.fields.map((f) => ({ value: f.key, label: f.label }))}
              onChange={(v: string[]) => props.onPatch({ naturalKey: v })}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item style={{ marginBottom: 8 }} label={T.note} htmlFor="table-prop-note">
        <Input.TextArea
          id="table-prop-note"
          key={`${t.code}-note`}
          autoSize={{ minRows: 1, maxRows: 3 }}
          defaultValue={t.note}
          onBlur={(e) => e.target.value !== t.note && props.onPatch({ note: e.target.value })}
        />
      </Form.Item>
    </Form>
  );
}

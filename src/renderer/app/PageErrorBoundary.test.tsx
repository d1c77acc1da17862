// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PageErrorBoundary } from './PageErrorBoundary';

let failing = true;
function Page({ name }: { name: string }) {
  if (failing) throw new Error(`${name} broke`);
  return <p data-testid="page">{name}</p>;
}

function page(resetKey: string, name: string) {
  return (
    <PageErrorBoundary resetKey={resetKey}>
      <Page name={name} />
    </PageErrorBoundary>
  );
}

// React logs every caught render error; the failure is what these tests provoke.
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  failing = true;
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('PageErrorBoundary', () => {
  it('shows the failure inside the page and opens it again on request', () => {
    const view = render(page('annex', '附表'));
    expect(view.getByTestId('page-failed').textContent).toContain('附表 broke');
    failing = false;
    fireEvent.click(view.getByRole('button', { name: '重新打开此页' }));
    expect(view.getByTestId('page').textContent).toBe('附表');
  });

  it('clears the failure when another page is opened', () => {
    const view = render(page('annex', '附表'));
    expect(view.queryByTestId('page-failed')).not.toBeNull();
    failing = false;
    view.rerender(page('report', '质量年报'));
    expect(view.getByTestId('page').textContent).toBe('质量年报');
  });
});

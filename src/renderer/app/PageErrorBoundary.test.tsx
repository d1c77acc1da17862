// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageErrorBoundary } from './PageErrorBoundary';

afterEach(cleanup);

let failing = true;
function Page({ name }: { name: string }) {
  if (failing) throw new Error(`${name} broke`);
  return <p data-testid="page">{name}</p>;
}

describe('PageErrorBoundary', () => {
  it('shows the failure inside the page and opens it again on request', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    failing = true;
    const view = render(
      <PageErrorBoundary resetKey="annex">
        <Page name="附表" />
      </PageErrorBoundary>,
    );
    expect(view.getByTestId('page-failed').textContent).toContain('附表 broke');
    failing = false;
    fireEvent.click(view.getByRole('button', { name: '重新打开此页' }));
    expect(view.getByTestId('page').textContent).toBe('附表');
    quiet.mockRestore();
  });

  it('clears the failure when another page is opened', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    failing = true;
    const view = render(
      <PageErrorBoundary resetKey="annex">
        <Page name="附表" />
      </PageErrorBoundary>,
    );
    expect(view.queryByTestId('page-failed')).not.toBeNull();
    failing = false;
    view.rerender(
      <PageErrorBoundary resetKey="report">
        <Page name="质量年报" />
      </PageErrorBoundary>,
    );
    expect(view.getByTestId('page').textContent).toBe('质量年报');
    quiet.mockRestore();
  });
});

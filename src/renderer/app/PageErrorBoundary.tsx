/**
 * Keeps a page's rendering error inside the page: the menu and header stay, the user reads what failed
 * in Chinese and can open the page again. Without it React unmounts the whole app and leaves a blank
 * window. Saved data is untouched: every write is committed by the data writer before a page re-renders.
 */
import { Component, type ReactNode } from 'react';
import { Button, Result, Typography } from 'antd';
import { T } from '../features/workspaces/texts';

interface State {
  readonly error: Error | null;
}

interface Props {
  /** The page being shown: opening another page clears the error. */
  readonly resetKey: string;
  readonly children: ReactNode;
}

export class PageErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown): void {
    console.error('page failed', error);
  }

  override componentDidUpdate(prev: Props): void {
    if (prev.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: null });
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <Result
        status="error"
        title={T.pageFailed}
        subTitle={T.pageFailedHint}
        data-testid="page-failed"
        extra={
          <Button type="primary" onClick={() => this.setState({ error: null })}>
            {T.pageReload}
          </Button>
        }
      >
        <Typography.Paragraph type="secondary" copyable>
          {error.message}
        </Typography.Paragraph>
      </Result>
    );
  }
}

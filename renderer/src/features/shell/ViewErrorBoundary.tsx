/**
 * Keeps one view's failure inside that view: when its code cannot be loaded (a missing chunk) or
 * it throws while rendering, the view says so and offers to try again, and the navigation and
 * every other view keep working.
 */
import { Component, type ReactNode } from 'react';

export interface ViewErrorBoundaryProps {
  /** The view's name, for the message. */
  label: string;
  /** Called before trying again (a view whose code failed to load loads it again). */
  onRetry(): void;
  children: ReactNode;
}

export class ViewErrorBoundary extends Component<ViewErrorBoundaryProps, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: unknown): { error: Error } {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="app__view-error" role="alert">
        <p>
          {this.props.label} could not be shown: {error.message}
        </p>
        <button type="button" className="btn" onClick={() => {
            this.props.onRetry();
            this.setState({ error: null });
          }}>
          Try again
        </button>
      </div>
    );
  }
}

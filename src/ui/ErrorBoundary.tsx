import { Component, type ErrorInfo, type ReactNode } from 'react';

export interface ErrorBoundaryProps {
  /** What to draw instead of the children once one of them threw while rendering. */
  readonly fallback: (error: unknown) => ReactNode;
  /** When any of these changes (compared with Object.is), a caught error is forgotten and the children are drawn again. */
  readonly resetKeys?: readonly unknown[];
  /** Told once per caught error (to announce it). */
  readonly onError?: (error: unknown, info: ErrorInfo) => void;
  readonly children: ReactNode;
}

interface ErrorBoundaryState {
  readonly caught: boolean;
  readonly error: unknown;
}

/**
 * Keeps a part of the page from taking the rest down: an error thrown while rendering its children
 * (React unmounts the whole tree otherwise) draws the fallback in their place. Errors in event
 * handlers and effects are not caught, as in React itself.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { caught: false, error: undefined };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { caught: true, error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    this.props.onError?.(error, info);
  }

  override componentDidUpdate(prev: ErrorBoundaryProps): void {
    if (!this.state.caught) return;
    const before = prev.resetKeys ?? [];
    const now = this.props.resetKeys ?? [];
    if (before.length !== now.length || before.some((k, i) => !Object.is(k, now[i])))
      this.setState({ caught: false, error: undefined });
  }

  override render(): ReactNode {
    return this.state.caught ? this.props.fallback(this.state.error) : this.props.children;
  }
}

/** An error's message as text, whatever was thrown (an object whose toString throws included). */
export function errorText(error: unknown): string {
  try {
    const text =
      error instanceof Error
        ? `${error.name}: ${error.message}`
        : typeof error === 'string'
          ? error
          : (JSON.stringify(error) ?? String(error));
    return text.length > 2000 ? `${text.slice(0, 2000)}…` : text;
  } catch {
    return 'unknown error';
  }
}

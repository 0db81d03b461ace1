import { Component, type ReactNode } from 'react';

interface LoadErrorBoundaryProps {
  /** What the user gets instead: a working stand-in, or a message saying what could not be loaded. */
  fallback: ReactNode;
  onError?: () => void;
  children: ReactNode;
}

/**
 * Code loaded on demand (the editor, a dialog's panel) can fail to arrive: a server that lost a file, an
 * upgrade mid-session, the network gone. The part that needed it shows its fallback; the page carries on.
 */
export class LoadErrorBoundary extends Component<LoadErrorBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(): void {
    this.props.onError?.();
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

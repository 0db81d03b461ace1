import { Component, type ReactNode } from 'react';

interface EditorLoadBoundaryProps {
  fallback: ReactNode;
  onError?: () => void;
  children: ReactNode;
}

/**
 * If the editor's chunk cannot be fetched (a server that lost a file, an upgrade mid-session), the user still
 * gets their text, editable, instead of an empty pane.
 */
export class EditorLoadBoundary extends Component<EditorLoadBoundaryProps, { failed: boolean }> {
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

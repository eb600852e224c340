import { Component, type ErrorInfo, type ReactNode } from "react";
import { StatusMessage } from "./status-message.tsx";

interface ErrorBoundaryProps {
  children: ReactNode;
}

/**
 * A bug in one view shows a plain message instead of a blank page; the app around it (header,
 * navigation) keeps working, and moving elsewhere re-mounts the view.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error("Parallax view failed", error, info.componentStack);
  }

  override render() {
    if (this.state.error) {
      return (
        <StatusMessage
          kind="error"
          title="This view failed to display"
          detail={`${this.state.error.message}. Reload the page, or go back to the stories.`}
          onRetry={() => this.setState({ error: null })}
        />
      );
    }
    return this.props.children;
  }
}

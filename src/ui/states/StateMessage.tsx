import type { ReactNode } from 'react';
import { Alert } from '@zendeskgarden/react-notifications';

/** A whole-panel message (outside Zendesk, timeout, read error, crash): title, one line, action. */
export function StateMessage({
  type,
  title,
  children,
  testId,
}: {
  type: 'info' | 'warning' | 'error';
  title: string;
  children?: ReactNode;
  testId: string;
}) {
  return (
    <Alert type={type} data-testid={testId}>
      <Alert.Title>{title}</Alert.Title>
      {children}
    </Alert>
  );
}

import type { ReactNode } from 'react';
import { Alert } from '../look/Alert';

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
    // Errors interrupt (role alert); the informational "open in Zendesk" is a calm status.
    <Alert type={type} data-testid={testId} role={type === 'info' ? 'status' : 'alert'}>
      <Alert.Title>{title}</Alert.Title>
      {children}
    </Alert>
  );
}

// Garden's Alert, pre-rendered: the same elements, classes, data attributes and icon as
// @zendeskgarden/react-notifications renders (lookCatalogue.tsx), with no CSS-in-JS at run time.
// The whole-panel states and the engine notice use it, so they show even before anything else
// of the panel has loaded.
import { createContext, createElement, useContext, type HTMLAttributes, type ReactNode } from 'react';
import { LOOK } from './look.generated';
import type { LookTree } from './lookTree';
import { lookAttributes } from './primitives';

type AlertType = 'info' | 'warning' | 'error';

const AlertTypeContext = createContext<AlertType>('info');

function drawing([tag, props, ...children]: LookTree, key?: number): ReactNode {
  return createElement(tag, { ...props, key }, ...children.map((child, index) => drawing(child, index)));
}

export interface AlertProps extends HTMLAttributes<HTMLDivElement> {
  type: AlertType;
}

export function Alert({ type, role = 'alert', className, children, ...rest }: AlertProps) {
  const icon = LOOK[`alert.${type}.icon`];
  return (
    <AlertTypeContext.Provider value={type}>
      <div role={role} {...rest} {...lookAttributes(`alert.${type}`, className)}>
        {drawing(['svg', icon.props, ...(icon.children as unknown as LookTree[])])}
        {children}
      </div>
    </AlertTypeContext.Provider>
  );
}

function AlertTitle({ className, ...rest }: HTMLAttributes<HTMLDivElement>) {
  const name = `alert.${useContext(AlertTypeContext)}.title` as const;
  return <div {...rest} {...lookAttributes(name, className)} />;
}

function AlertParagraph({ className, ...rest }: HTMLAttributes<HTMLParagraphElement>) {
  const name = `alert.${useContext(AlertTypeContext)}.paragraph` as const;
  return <p {...rest} {...lookAttributes(name, className)} />;
}

Alert.Title = AlertTitle;
Alert.Paragraph = AlertParagraph;

import type { ReactNode } from 'react';

/**
 * A message box. Errors are announced to screen readers at once, news politely; a warning read
 * before acting is part of the page, not an announcement.
 */
export function Alert(props: {
  kind: 'error' | 'info' | 'success' | 'warning';
  children: ReactNode;
}) {
  const role = { error: 'alert', info: 'status', success: 'status', warning: undefined }[
    props.kind
  ];
  return (
    <div className={`alert alert-${props.kind}`} role={role}>
      {props.children}
    </div>
  );
}

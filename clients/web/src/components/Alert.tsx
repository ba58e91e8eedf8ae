import type { ReactNode } from 'react';

/** A message box; errors are announced to screen readers at once. */
export function Alert(props: { kind: 'error' | 'info' | 'success'; children: ReactNode }) {
  return (
    <div className={`alert alert-${props.kind}`} role={props.kind === 'error' ? 'alert' : 'status'}>
      {props.children}
    </div>
  );
}

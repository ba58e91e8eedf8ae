import { useId, type InputHTMLAttributes } from 'react';

/**
 * A labelled input with its own error line: the error is tied to the input (aria-describedby),
 * so a screen reader reads it with the field, and the field is marked invalid.
 */
export function TextField(
  props: InputHTMLAttributes<HTMLInputElement> & {
    label: string;
    error?: string | undefined;
    hint?: string;
  },
) {
  const { label, error, hint, ...input } = props;
  const id = useId();
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label>
        {label}
        <input
          {...input}
          aria-invalid={error ? true : undefined}
          aria-describedby={described || undefined}
        />
      </label>
      {hint && (
        <p id={`${id}-hint`} className="muted small hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error small" data-testid="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

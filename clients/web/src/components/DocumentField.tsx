import { useState } from 'react';
import { readDocument, type AttachedDocument } from '../document';
import { describeError } from '../errors';
import { formatSize } from '../format';
import { Alert } from './Alert';

/** The photo or PDF of the paper prescription, for the pharmacist who reviews it. */
export function DocumentField(props: {
  value: AttachedDocument | null;
  onChange: (document: AttachedDocument | null) => void;
}) {
  const [error, setError] = useState<string | null>(null);
  const { value } = props;

  async function attach(file: File) {
    setError(null);
    try {
      props.onChange(await readDocument(file));
    } catch (caught) {
      setError(describeError(caught));
    }
  }

  return (
    <div className="document-field">
      {value ? (
        <div className="picked" data-testid="attached-document">
          {value.contentType.startsWith('image/') ? (
            <img className="thumb" src={value.dataUrl} alt="The attached prescription" />
          ) : null}
          <span className="grow">
            Attached: {value.name} ({formatSize(value.sizeBytes)})
          </span>
          <button type="button" className="link" onClick={() => props.onChange(null)}>
            Remove
          </button>
        </div>
      ) : (
        <label>
          Attach the prescription (PNG, JPEG or PDF, up to 5 MB)
          <input
            type="file"
            accept="image/png,image/jpeg,application/pdf"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void attach(file);
            }}
          />
        </label>
      )}
      <p className="muted small">
        The pharmacist checks your prescription against it. A scanned photo is attached for you.
      </p>
      {error && <Alert kind="error">{error}</Alert>}
    </div>
  );
}

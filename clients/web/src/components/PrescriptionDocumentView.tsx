import { useEffect, useState } from 'react';
import type { Api } from '../api/use-api';
import { blobUrlOf } from '../document';
import { formatSize } from '../format';
import { PrescriptionDocumentDocument } from '../graphql/operations';

/**
 * The photo or PDF sent with a prescription: a thumbnail (or a PDF's name) opening the whole
 * document in a new tab. Fetched on its own, so the list of prescriptions stays small.
 */
export function PrescriptionDocumentView(props: {
  api: Api;
  prescriptionId: string;
  contentType: string;
  sizeBytes: number;
}) {
  const [url, setUrl] = useState<{ data: string; blob: string } | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let blob: string | null = null;
    let stale = false;
    props.api
      .call(PrescriptionDocumentDocument, { id: props.prescriptionId })
      .then((data) => {
        const dataUrl = data.prescription?.document?.dataUrl;
        if (stale) return;
        if (!dataUrl) return setFailed(true);
        blob = blobUrlOf(dataUrl);
        setUrl({ data: dataUrl, blob });
      })
      .catch(() => !stale && setFailed(true));
    return () => {
      stale = true;
      if (blob) URL.revokeObjectURL(blob);
    };
  }, [props.api, props.prescriptionId]);

  const what = props.contentType === 'application/pdf' ? 'PDF' : 'photo';
  const label = `Your ${what} of the prescription (${formatSize(props.sizeBytes)})`;
  if (failed) return <p className="muted small">{label} cannot be shown right now.</p>;
  if (!url) return <p className="muted small">Loading the {what}…</p>;
  return (
    <a
      className="document-link"
      href={url.blob}
      target="_blank"
      rel="noopener"
      data-testid="prescription-document"
    >
      {props.contentType.startsWith('image/') && (
        <img className="thumb" src={url.data} alt={label} />
      )}
      <span className="small">{label}</span>
    </a>
  );
}

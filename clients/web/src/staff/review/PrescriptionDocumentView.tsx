import { useEffect, useState } from 'react';
import type { StaffPrescriptionFieldsFragment } from '../../gql/graphql';
import { blobOfDataUrl, formatBytes } from './document-url';

type PrescriptionDocument = NonNullable<StaffPrescriptionFieldsFragment['document']>;

/**
 * The photo or scan the patient sent. Images show inline; a PDF opens in the browser's viewer
 * from a blob: URL (the app's content security policy allows no embedded objects, and browsers
 * refuse to navigate to data: URLs).
 */
export function PrescriptionDocumentView(props: { document: PrescriptionDocument | null }) {
  const { document } = props;
  const dataUrl = document?.dataUrl ?? null;
  const [blobUrl, setBlobUrl] = useState<string | null>(null);
  useEffect(() => {
    const blob = dataUrl ? blobOfDataUrl(dataUrl) : null;
    const url = blob ? URL.createObjectURL(blob) : null;
    setBlobUrl(url);
    return () => void (url && URL.revokeObjectURL(url));
  }, [dataUrl]);

  if (!document)
    return (
      <figure className="document document-missing">
        <p className="muted">The patient sent no document with this prescription.</p>
      </figure>
    );
  const isImage = document.contentType.startsWith('image/');
  const extension = document.contentType.split('/')[1] ?? 'bin';
  return (
    <figure className="document">
      {isImage ? (
        <img className="document-image" src={document.dataUrl} alt="Prescription document" />
      ) : (
        <p>The patient sent a PDF document.</p>
      )}
      <figcaption className="muted small">
        {isImage ? 'Image' : 'PDF'}, {formatBytes(document.sizeBytes)}
        {blobUrl && (
          <>
            {' · '}
            <a href={blobUrl} target="_blank" rel="noreferrer">
              {isImage ? 'Open full size' : 'Open the PDF'}
            </a>
            {' · '}
            <a href={blobUrl} download={`prescription.${extension}`}>
              Download
            </a>
          </>
        )}
      </figcaption>
    </figure>
  );
}

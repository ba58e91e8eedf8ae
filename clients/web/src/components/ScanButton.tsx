import { useState } from 'react';
import type { Api } from '../api/use-api';
import { dataUrlBytes, type AttachedDocument } from '../document';
import { describeError } from '../errors';
import { ScanPrescriptionDocument } from '../graphql/operations';
import { photoAsJpegDataUrl } from '../photo';
import { readScan, type ScanResult } from '../scan-result';
import { Alert } from './Alert';

/**
 * Take or choose a photo of a paper prescription; the server reads it and suggests items. The
 * photo as sent is handed on too, to travel with the upload as the prescription's document.
 */
export function ScanButton(props: {
  api: Api;
  onScanned: (scan: ScanResult, photo: AttachedDocument) => void;
}) {
  const [state, setState] = useState<{ busy: boolean; message: string | null; error: boolean }>({
    busy: false,
    message: null,
    error: false,
  });

  async function scan(file: File) {
    setState({ busy: true, message: null, error: false });
    try {
      const imageBase64 = await photoAsJpegDataUrl(file);
      const { scanPrescription } = await props.api.call(ScanPrescriptionDocument, { imageBase64 });
      props.onScanned(scanPrescription, {
        dataUrl: imageBase64,
        name: file.name,
        contentType: 'image/jpeg',
        sizeBytes: dataUrlBytes(imageBase64),
      });
      setState({ busy: false, error: false, message: readScan(scanPrescription).message });
    } catch (caught) {
      setState({ busy: false, error: true, message: describeError(caught) });
    }
  }

  return (
    <div className="scan">
      <label className="button">
        {state.busy ? 'Reading the photo…' : 'Scan a photo'}
        <input
          type="file"
          accept="image/png,image/jpeg"
          capture="environment"
          disabled={state.busy}
          hidden
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void scan(file);
          }}
        />
      </label>
      {state.message && <Alert kind={state.error ? 'error' : 'info'}>{state.message}</Alert>}
    </div>
  );
}

import { useState } from 'react';
import type { Api } from '../api/use-api';
import { describeError } from '../errors';
import type { ScanPrescriptionMutation } from '../gql/graphql';
import { ScanPrescriptionDocument } from '../graphql/operations';
import { photoAsJpegDataUrl } from '../photo';
import { Alert } from './Alert';

export type ScanResult = ScanPrescriptionMutation['scanPrescription'];

/** Take or choose a photo of a paper prescription; the server reads it and suggests items. */
export function ScanButton(props: { api: Api; onScanned: (scan: ScanResult) => void }) {
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
      const matched = scanPrescription.items.filter((i) => i.medication).length;
      props.onScanned(scanPrescription);
      setState({
        busy: false,
        error: false,
        message:
          matched > 0
            ? `Found ${matched} medication${matched > 1 ? 's' : ''}. Check the form before sending.`
            : 'No medication could be read from the photo. Please fill the form in by hand.',
      });
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

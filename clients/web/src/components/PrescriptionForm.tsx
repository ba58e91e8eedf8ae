import { useState, type FormEvent } from 'react';
import type { Api } from '../api/use-api';
import type { AttachedDocument } from '../document';
import { describeError } from '../errors';
import { UploadPrescriptionDocument } from '../graphql/operations';
import { readScan, type ScanResult } from '../scan-result';
import { Alert } from './Alert';
import { DocumentField } from './DocumentField';
import { emptyRow, ItemFields, type ItemRow } from './ItemFields';
import { PharmacySelect } from './PharmacySelect';
import { ScanButton } from './ScanButton';

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Upload a prescription by typing it in, or let a scanned photo fill the form in first (the
 * photo then goes with it as its document). Items are prescription-only medicines.
 */
export function PrescriptionForm(props: {
  api: Api;
  onUploaded: () => Promise<void>;
  onCancel: () => void;
}) {
  const [prescriberName, setPrescriberName] = useState('');
  const [prescriberLicense, setPrescriberLicense] = useState('');
  const [issuedOn, setIssuedOn] = useState(today);
  const [rows, setRows] = useState<ItemRow[]>(() => [emptyRow()]);
  const [pharmacyId, setPharmacyId] = useState('');
  const [attached, setAttached] = useState<AttachedDocument | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const update = (key: number, change: Partial<ItemRow>) =>
    setRows((all) => all.map((r) => (r.key === key ? { ...r, ...change } : r)));

  function applyScan(scan: ScanResult, photo: AttachedDocument) {
    setAttached(photo);
    if (scan.prescriberName) setPrescriberName(scan.prescriberName);
    if (scan.prescriberLicense) setPrescriberLicense(scan.prescriberLicense);
    const { items } = readScan(scan);
    if (items.length > 0)
      setRows(
        items.map((i) => ({
          ...emptyRow(),
          medication: i.medication,
          quantity: i.quantity ?? 1,
          refills: i.refills ?? 0,
          instructions: i.instructions ?? '',
        })),
      );
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const items = rows.filter((r) => r.medication);
    if (items.length === 0) return setError('Choose at least one medication.');
    setBusy(true);
    setError(null);
    try {
      await props.api.call(UploadPrescriptionDocument, {
        input: {
          prescriberName,
          prescriberLicense,
          issuedAt: new Date(`${issuedOn}T00:00:00`).toISOString(),
          items: items.map((r) => ({
            medicationId: r.medication!.id,
            quantity: r.quantity,
            refills: r.refills,
            instructions: r.instructions || null,
          })),
          pharmacyId: pharmacyId || null,
          documentBase64: attached?.dataUrl ?? null,
        },
      });
      await props.onUploaded();
    } catch (caught) {
      setError(describeError(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card form" onSubmit={submit} aria-label="New prescription">
      <h3>New prescription</h3>
      <ScanButton api={props.api} onScanned={applyScan} />
      <label>
        Prescriber
        <input
          required
          value={prescriberName}
          onChange={(e) => setPrescriberName(e.target.value)}
        />
      </label>
      <label>
        Prescriber licence number
        <input
          required
          value={prescriberLicense}
          onChange={(e) => setPrescriberLicense(e.target.value)}
        />
      </label>
      <label>
        Issued on
        <input
          type="date"
          required
          max={today()}
          value={issuedOn}
          onChange={(e) => setIssuedOn(e.target.value)}
        />
      </label>
      {rows.map((row, index) => (
        <ItemFields
          key={row.key}
          api={props.api}
          row={row}
          index={index}
          onChange={(change) => update(row.key, change)}
          onRemove={
            rows.length > 1 ? () => setRows((all) => all.filter((r) => r.key !== row.key)) : null
          }
        />
      ))}
      <button type="button" onClick={() => setRows((all) => [...all, emptyRow()])}>
        Add another medication
      </button>
      <DocumentField value={attached} onChange={setAttached} />
      <PharmacySelect api={props.api} value={pharmacyId} onChange={setPharmacyId} />
      {error && <Alert kind="error">{error}</Alert>}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Sending…' : 'Send prescription'}
        </button>
        <button type="button" className="link" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** One medication line as read from a prescription, before it is matched to the catalogue. */
export interface ParsedItem {
  /** The line as OCR produced it, whitespace collapsed. */
  text: string;
  name: string;
  strength: string | null;
  quantity: number | null;
  refills: number | null;
  instructions: string | null;
}

export interface ParsedPrescription {
  prescriberName: string | null;
  prescriberLicense: string | null;
  items: ParsedItem[];
}

/** What the matcher needs to know of a catalogue medication (the inventory subgraph owns these). */
export interface CatalogueEntry {
  id: string;
  name: string;
  genericName: string | null;
  strength: string;
}

export interface PrescriptionScanItem {
  text: string;
  medicationId: string | null;
  quantity: number | null;
  refills: number | null;
  instructions: string | null;
}

/** The result of scanning: a draft for the patient or pharmacist to check, never a verified fact. */
export interface PrescriptionScan {
  text: string;
  prescriberName: string | null;
  prescriberLicense: string | null;
  items: PrescriptionScanItem[];
}

export interface OcrEngine {
  /** The text found in a PNG or JPEG image. */
  recognize(image: Buffer): Promise<string>;
  terminate(): Promise<void>;
}

export { decodeImageBase64, MAX_IMAGE_PIXELS } from './image';
export { matchMedication, normalizeStrength } from './match';
export { createOcrEngine, UnreadableImageError, type OcrEngineOptions } from './ocr';
export { parsePrescriptionText } from './parse';
export { scanPrescriptionImage, type ScanDependencies } from './scan-image';
export type {
  CatalogueEntry,
  OcrEngine,
  ParsedItem,
  ParsedPrescription,
  PrescriptionScan,
  PrescriptionScanItem,
} from './types';

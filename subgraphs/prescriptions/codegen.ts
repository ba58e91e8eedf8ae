import type { SubgraphCodegen } from '../codegen';

/** How prescriptions' types are generated from its SDL (see ../codegen.ts). */
export const codegen = {
  contextType: '../context#PrescriptionsContext',
  mappers: {
    Prescription: '../db/queries#PrescriptionRow',
    PrescriptionItem: '../db/queries#PrescriptionItemRow',
    PrescriptionAccessEntry: '../db/access-log-queries#AccessLogEntry',
    PrescriptionAccess: '../db/access-log-queries#UserAccessRow',
    PrescriptionDocument: '../db/queries#PrescriptionDocumentRow',
    PrescriptionTake: '../db/queries#PrescriptionTake',
    PrescriptionTakeLine: '../db/queries#PrescriptionTakeLine',
    PrescriptionScan: '../scan/types#PrescriptionScan',
    ScannedItem: '../scan/types#PrescriptionScanItem',
    // Entities of other subgraphs: only their key, the gateway asks their owner for the rest.
    User: '../resolvers/references#UserRef',
    Medication: '../resolvers/references#MedicationRef',
    Pharmacy: '../resolvers/references#PharmacyRef',
  },
  peers: ['inventory'],
} satisfies SubgraphCodegen;

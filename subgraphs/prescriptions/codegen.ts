export const codegen = { contextType: '../context#PrescriptionsContext', mappers: {}, peers: [] };

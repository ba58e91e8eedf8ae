export const codegen = { contextType: '../context#PaymentsContext', mappers: {}, peers: [] };

export const codegen = { contextType: '../context#OrdersContext', mappers: {}, peers: [] };

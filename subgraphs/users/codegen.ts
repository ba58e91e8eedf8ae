export const codegen = { contextType: '../context#UsersContext', mappers: {}, peers: [] };

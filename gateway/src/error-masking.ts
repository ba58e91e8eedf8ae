import type { GraphQLFormattedError } from 'graphql';
import { maskFormattedError } from '@pharmacy/errors';

export type ErrorMasking = (formatted: GraphQLFormattedError) => GraphQLFormattedError;

/**
 * What a client sees of an error, over HTTP (Apollo Server's formatError) and over the
 * WebSocket (the subscription server) alike: public codes as they are, anything else masked
 * (@pharmacy/errors). With `hideSuggestions` (production, where introspection is off), no
 * "Did you mean" hints that would reveal field names.
 */
export function createErrorMasking(options: { hideSuggestions: boolean }): ErrorMasking {
  return (formatted) => {
    const masked = maskFormattedError(formatted);
    if (!options.hideSuggestions) return masked;
    return { ...masked, message: masked.message.replace(/ ?Did you mean(.+)\?$/, '') };
  };
}
